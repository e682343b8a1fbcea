-- The roll-out: bringing in the offices, licences, contracts, capacity, waitlists and accounts
-- that exist today; provinces that administer themselves; corrections.

-- An account's home province: a province administrator manages the accounts of their own
-- province only. NULL for a national account.
ALTER TABLE user_account
    ADD COLUMN home_province_id BIGINT NULL,
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT fk_user_home_province FOREIGN KEY (home_province_id) REFERENCES province (id);

-- Licence numbers from the old registers do not follow CCCC-T-SSSSS-D and may be longer.
ALTER TABLE license MODIFY COLUMN number VARCHAR(40) NOT NULL;

-- One uploaded file for one province: checked first (the dry run), then committed by the batch
-- job. The file itself is not kept; its rows are (import_row), with their errors and, once
-- committed, what became of each.
CREATE TABLE import_batch (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    province_id    BIGINT       NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    file_sha256    CHAR(64)     NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    rows_total     INT          NOT NULL DEFAULT 0,
    error_rows     INT          NOT NULL DEFAULT 0,
    rows_done      INT          NOT NULL DEFAULT 0,
    created_count  INT          NOT NULL DEFAULT 0,
    updated_count  INT          NOT NULL DEFAULT 0,
    unchanged_count INT         NOT NULL DEFAULT 0,
    failed_count   INT          NOT NULL DEFAULT 0,
    execution_id   BIGINT       NULL,
    node           VARCHAR(100) NULL,
    checked_by     VARCHAR(64)  NOT NULL,
    checked_at     DATETIME(6)  NOT NULL,
    committed_by   VARCHAR(64)  NULL,
    started_at     DATETIME(6)  NULL,
    finished_at    DATETIME(6)  NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_import_province FOREIGN KEY (province_id) REFERENCES province (id),
    INDEX ix_import_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One data row of an uploaded file: its cells as typed (JSON object, column key -> text), the
-- dry run's errors (JSON array of {column, message}), and once committed its outcome
-- (CREATED, UPDATED, UNCHANGED, FAILED). The job resumes at the first row without an outcome,
-- and sets the outcome in the same transaction as the row's write: nothing twice, nothing lost.
CREATE TABLE import_row (
    import_id  BIGINT       NOT NULL,
    sheet      VARCHAR(16)  NOT NULL,
    row_no     INT          NOT NULL,
    cells      MEDIUMTEXT   NOT NULL,
    errors     TEXT         NULL,
    outcome    VARCHAR(16)  NULL,
    PRIMARY KEY (import_id, sheet, row_no),
    CONSTRAINT fk_import_row_batch FOREIGN KEY (import_id) REFERENCES import_batch (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One-time passwords of imported accounts that have neither mobile nor e-mail: shown once to
-- the importing administrator, then deleted.
CREATE TABLE import_secret (
    import_id          BIGINT      NOT NULL,
    username           VARCHAR(64) NOT NULL,
    one_time_password  VARCHAR(64) NOT NULL,
    PRIMARY KEY (import_id, username),
    CONSTRAINT fk_import_secret_batch FOREIGN KEY (import_id) REFERENCES import_batch (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
