-- Service contracts between licensed offices and the agencies whose services they deliver, and
-- the agency an AGENCY_REPORTER grant belongs to (a gas-company reporter acts for GAS only).
ALTER TABLE role_grant ADD COLUMN agency VARCHAR(32) NULL;

CREATE TABLE service_contract (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    license_id         BIGINT       NOT NULL,
    agency             VARCHAR(32)  NOT NULL,
    services           VARCHAR(300) NOT NULL,
    since              DATE         NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    status_reason      TEXT         NULL,
    status_changed_at  DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_contract_license FOREIGN KEY (license_id) REFERENCES license (id),
    INDEX ix_contract_license (license_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
