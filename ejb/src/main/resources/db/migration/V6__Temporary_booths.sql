-- Temporary booths (غرفهٔ موقت): an office may serve from another place for at most a month a year.
CREATE TABLE temporary_booth (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    license_id    BIGINT       NOT NULL,
    place         VARCHAR(300) NOT NULL,
    start_date    DATE         NOT NULL,
    end_date      DATE         NOT NULL,
    approval_ref  VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_booth_license FOREIGN KEY (license_id) REFERENCES license (id),
    INDEX ix_booth_license (license_id, start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
