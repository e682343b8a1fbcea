-- Capacity books, applicants and their applications on the county waitlist, invitations that
-- reserve a freed slot, licences with their event history, and payments.

-- Per office type, the rules a province or the administrator may change at run time.
CREATE TABLE office_type_policy (
    office_type          VARCHAR(32) NOT NULL PRIMARY KEY,
    validity_years       INT         NOT NULL,
    renewal_window_days  INT         NOT NULL,
    grace_days           INT         NOT NULL,
    invitation_days      INT         NOT NULL,
    retransfer_years     INT         NOT NULL,
    CONSTRAINT fk_policy_type FOREIGN KEY (office_type) REFERENCES office_type (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO office_type_policy VALUES ('GOVERNMENT_COUNTER', 5, 90, 30, 30, 3), ('RURAL_ICT', 5, 90, 30, 30, 3);

-- Issuance fee per office type and Jalali year, in rials; renewal is one tenth of it.
CREATE TABLE fee_schedule (
    office_type   VARCHAR(32) NOT NULL,
    jalali_year   INT         NOT NULL,
    issuance_fee  BIGINT      NOT NULL,
    PRIMARY KEY (office_type, jalali_year),
    CONSTRAINT fk_fee_type FOREIGN KEY (office_type) REFERENCES office_type (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO fee_schedule VALUES
    ('GOVERNMENT_COUNTER', 1404, 500000000), ('RURAL_ICT', 1404, 150000000),
    ('GOVERNMENT_COUNTER', 1405, 600000000), ('RURAL_ICT', 1405, 180000000);

-- The capacity book of one county and office type. Its row is locked by every use case that
-- takes or frees a slot, so occupancy can never pass capacity, on any number of nodes.
CREATE TABLE capacity_book (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    county_id    BIGINT      NOT NULL,
    office_type  VARCHAR(32) NOT NULL,
    capacity     INT         NOT NULL,
    occupied     INT         NOT NULL DEFAULT 0,
    next_serial  INT         NOT NULL DEFAULT 1,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_book_county FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT fk_book_type FOREIGN KEY (office_type) REFERENCES office_type (code),
    CONSTRAINT uk_book UNIQUE (county_id, office_type),
    CONSTRAINT ck_book_occupied CHECK (occupied >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE capacity_change (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    book_id         BIGINT       NOT NULL,
    old_capacity    INT          NULL,
    new_capacity    INT          NOT NULL,
    effective_date  DATE         NOT NULL,
    reason          TEXT         NOT NULL,
    changed_by      VARCHAR(64)  NOT NULL,
    changed_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_change_book FOREIGN KEY (book_id) REFERENCES capacity_book (id),
    INDEX ix_change_book (book_id, changed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE applicant (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    national_code  CHAR(10)     NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    search_key     VARCHAR(210) NOT NULL,
    phone          VARCHAR(20)  NOT NULL,
    email          VARCHAR(150) NULL,
    education      VARCHAR(32)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_applicant_code UNIQUE (national_code),
    INDEX ix_applicant_name (search_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE application (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    applicant_id       BIGINT       NOT NULL,
    county_id          BIGINT       NOT NULL,
    office_type        VARCHAR(32)  NOT NULL,
    proposed_locality  VARCHAR(100) NOT NULL,
    documents          VARCHAR(500) NOT NULL,
    priority_score     INT          NULL,
    submitted_at       DATETIME(6)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    status_changed_at  DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_application_applicant FOREIGN KEY (applicant_id) REFERENCES applicant (id),
    CONSTRAINT fk_application_county FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT fk_application_type FOREIGN KEY (office_type) REFERENCES office_type (code),
    INDEX ix_waitlist (county_id, office_type, status, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    invited_at      DATETIME(6)  NOT NULL,
    deadline        DATE         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    responded_at    DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_invitation_application FOREIGN KEY (application_id) REFERENCES application (id),
    INDEX ix_invitation_status (status, deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE license (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number           VARCHAR(24)  NOT NULL,
    holder_id        BIGINT       NOT NULL,
    county_id        BIGINT       NOT NULL,
    office_type      VARCHAR(32)  NOT NULL,
    office_name      VARCHAR(150) NOT NULL,
    address          VARCHAR(300) NOT NULL,
    locality         VARCHAR(100) NOT NULL,
    issue_date       DATE         NOT NULL,
    expiry_date      DATE         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    suspended_until  DATE         NULL,
    application_id   BIGINT       NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_license_number UNIQUE (number),
    CONSTRAINT fk_license_holder FOREIGN KEY (holder_id) REFERENCES applicant (id),
    CONSTRAINT fk_license_county FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT fk_license_type FOREIGN KEY (office_type) REFERENCES office_type (code),
    INDEX ix_license_county (county_id, office_type, status),
    INDEX ix_license_expiry (expiry_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE license_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    license_id    BIGINT       NOT NULL,
    type          VARCHAR(16)  NOT NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    reason        TEXT         NULL,
    before_state  TEXT         NULL,
    after_state   TEXT         NULL,
    CONSTRAINT fk_event_license FOREIGN KEY (license_id) REFERENCES license (id),
    INDEX ix_event_license (license_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE payment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    license_id    BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    amount_rials  BIGINT       NOT NULL,
    receipt_ref   VARCHAR(64)  NOT NULL,
    paid_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_payment_license FOREIGN KEY (license_id) REFERENCES license (id),
    CONSTRAINT uk_payment_receipt UNIQUE (receipt_ref)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
