-- Violations (تخلفات), working-group review, province-approved revocation, inspections,
-- citizen complaints, and the notification outbox their steps write to.

-- Categories are data: an administrator edits severity and points, or adds new ones.
CREATE TABLE violation_category (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_fa    VARCHAR(150) NOT NULL,
    severity   VARCHAR(16)  NOT NULL,
    points     INT          NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_category_points CHECK (points >= 0 AND points <= 1000),
    CONSTRAINT ck_category_severity CHECK (severity IN ('MINOR', 'MAJOR', 'CRITICAL'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO violation_category (code, name_fa, severity, points) VALUES
    ('UNAUTHORISED_RELOCATION', 'جابه‌جایی دفتر بدون مجوز', 'MAJOR', 20),
    ('CLOSED_IN_WORKING_HOURS', 'تعطیلی یا غیرفعال بودن دفتر در ساعات کاری', 'MAJOR', 10),
    ('MANAGER_ABSENT', 'حضور نداشتن مدیر دفتر', 'MINOR', 5),
    ('SIGNBOARD_OR_EQUIPMENT', 'نداشتن تابلو یا تجهیزات لازم', 'MINOR', 5),
    ('OUT_OF_SCOPE_SERVICE', 'ارائهٔ خدمات خارج از حدود پروانه', 'MAJOR', 15),
    ('OVERCHARGING', 'دریافت وجه اضافه یا غیررسمی', 'MAJOR', 20),
    ('MISCONDUCT', 'رفتار نامناسب با مراجعان', 'MINOR', 5),
    ('RECEIPTS_NOT_REMITTED', 'وصول و واریز نکردن وجوه دستگاه‌ها', 'CRITICAL', 40),
    ('DATA_BREACH', 'نقض امنیت یا حریم خصوصی اطلاعات', 'CRITICAL', 40),
    ('DELEGATION_BY_ATTORNEY', 'واگذاری یا انتقال پروانه با وکالت‌نامه', 'CRITICAL', 40),
    -- Not in the regulations' list, but an inspection item needs a category to be reported under.
    ('UNTRAINED_STAFF', 'به‌کارگیری کارکنان آموزش‌ندیده', 'MINOR', 5);

-- A licence that was revoked closes its office on that day.
ALTER TABLE license ADD COLUMN closed_on DATE NULL;

-- Working-group sessions of a county (جلسات کارگروه).
CREATE TABLE wg_session (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    county_id     BIGINT       NOT NULL,
    session_date  DATE         NOT NULL,
    session_time  VARCHAR(5)   NOT NULL,
    place         VARCHAR(200) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_county FOREIGN KEY (county_id) REFERENCES county (id),
    INDEX ix_session_county (county_id, session_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wg_attendance (
    session_id  BIGINT      NOT NULL,
    username    VARCHAR(64) NOT NULL,
    present     BOOLEAN     NOT NULL,
    PRIMARY KEY (session_id, username),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES wg_session (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Complaints from citizens (شکایات مردمی), filed anonymously on the public page.
CREATE TABLE complaint (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tracking_code   VARCHAR(16)   NOT NULL,
    license_id      BIGINT        NOT NULL,
    county_id       BIGINT        NOT NULL,
    citizen_name    VARCHAR(100)  NULL,
    citizen_mobile  VARCHAR(11)   NULL,
    body            VARCHAR(2000) NOT NULL,
    filed_at        DATETIME(6)   NOT NULL,
    due_on          DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    answer          VARCHAR(2000) NULL,
    answered_by     VARCHAR(64)   NULL,
    answered_at     DATETIME(6)   NULL,
    rating          TINYINT       NULL,
    rating_comment  VARCHAR(500)  NULL,
    rated_at        DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_complaint_code UNIQUE (tracking_code),
    CONSTRAINT fk_complaint_license FOREIGN KEY (license_id) REFERENCES license (id),
    CONSTRAINT fk_complaint_county FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT ck_complaint_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    INDEX ix_complaint_county (county_id, status, due_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Inspections of an office (بازرسی) and their checklist.
CREATE TABLE inspection (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    license_id    BIGINT        NOT NULL,
    county_id     BIGINT        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    inspected_on  DATE          NOT NULL,
    inspector     VARCHAR(64)   NOT NULL,
    notes         VARCHAR(2000) NULL,
    passed        BOOLEAN       NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_inspection_license FOREIGN KEY (license_id) REFERENCES license (id),
    CONSTRAINT fk_inspection_county FOREIGN KEY (county_id) REFERENCES county (id),
    INDEX ix_inspection_license (license_id, inspected_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspection_item (
    inspection_id  BIGINT       NOT NULL,
    item           VARCHAR(32)  NOT NULL,
    passed         BOOLEAN      NOT NULL,
    note           VARCHAR(500) NULL,
    PRIMARY KEY (inspection_id, item),
    CONSTRAINT fk_item_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Violation reports and their whole path to a decision.
CREATE TABLE violation_report (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    county_id        BIGINT        NOT NULL,
    license_id       BIGINT        NOT NULL,
    category_code    VARCHAR(40)   NOT NULL,
    source           VARCHAR(16)   NOT NULL,
    agency           VARCHAR(32)   NULL,
    complaint_id     BIGINT        NULL,
    inspection_id    BIGINT        NULL,
    description      VARCHAR(2000) NOT NULL,
    occurred_on      DATE          NULL,
    reported_by      VARCHAR(64)   NOT NULL,
    reported_at      DATETIME(6)   NOT NULL,
    response_due     DATE          NOT NULL,
    status           VARCHAR(24)   NOT NULL,
    screened_by      VARCHAR(64)   NULL,
    screened_at      DATETIME(6)   NULL,
    screening_note   VARCHAR(1000) NULL,
    notice_sent_at   DATETIME(6)   NULL,
    defence_due      DATE          NULL,
    defence_text     VARCHAR(4000) NULL,
    defence_by       VARCHAR(64)   NULL,
    defence_at       DATETIME(6)   NULL,
    session_id       BIGINT        NULL,
    decision         VARCHAR(32)   NULL,
    suspension_days  INT           NULL,
    rationale        VARCHAR(4000) NULL,
    decided_by       VARCHAR(64)   NULL,
    decided_at       DATETIME(6)   NULL,
    decided_on       DATE          NULL,
    points           INT           NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_report_county FOREIGN KEY (county_id) REFERENCES county (id),
    CONSTRAINT fk_report_license FOREIGN KEY (license_id) REFERENCES license (id),
    CONSTRAINT fk_report_category FOREIGN KEY (category_code) REFERENCES violation_category (code),
    CONSTRAINT fk_report_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_report_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
    CONSTRAINT fk_report_session FOREIGN KEY (session_id) REFERENCES wg_session (id),
    INDEX ix_report_county (county_id, status),
    INDEX ix_report_license (license_id, decided_on),
    INDEX ix_report_session (session_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Evidence of a report and the office's defence documents, kept in the database (size- and
-- type-checked on upload) so one backup holds the whole case file.
CREATE TABLE violation_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(64)  NOT NULL,
    size_bytes    INT          NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       LONGBLOB     NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attachment_report FOREIGN KEY (report_id) REFERENCES violation_report (id),
    INDEX ix_attachment_report (report_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each member's vote on a report (one per member; the latest counts until the decision).
CREATE TABLE wg_vote (
    report_id        BIGINT      NOT NULL,
    username         VARCHAR(64) NOT NULL,
    vote             VARCHAR(32) NOT NULL,
    suspension_days  INT         NULL,
    cast_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (report_id, username),
    CONSTRAINT fk_vote_report FOREIGN KEY (report_id) REFERENCES violation_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Revocation cases, opened by a REVOCATION_RECOMMENDED decision, decided in the province.
CREATE TABLE revocation_case (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT        NOT NULL,
    license_id    BIGINT        NOT NULL,
    county_id     BIGINT        NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    opened_at     DATETIME(6)   NOT NULL,
    due_on        DATE          NOT NULL,
    last_note     VARCHAR(2000) NULL,
    resolved_by   VARCHAR(64)   NULL,
    resolved_at   DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_report UNIQUE (report_id),
    CONSTRAINT fk_case_report FOREIGN KEY (report_id) REFERENCES violation_report (id),
    CONSTRAINT fk_case_license FOREIGN KEY (license_id) REFERENCES license (id),
    CONSTRAINT fk_case_county FOREIGN KEY (county_id) REFERENCES county (id),
    INDEX ix_case_county (county_id, status),
    INDEX ix_case_license (license_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The notification outbox: every message is kept; the unique key makes "never twice for the
-- same reason" a database rule. Delivery (email, SMS) reads QUEUED rows.
CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedup_key   VARCHAR(200)  NOT NULL,
    recipient   VARCHAR(120)  NOT NULL,
    channel     VARCHAR(8)    NOT NULL,
    template    VARCHAR(64)   NOT NULL,
    params      VARCHAR(4000) NOT NULL,
    status      VARCHAR(12)   NOT NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    sent_at     DATETIME(6)   NULL,
    last_error  VARCHAR(1000) NULL,
    CONSTRAINT uk_notification_key UNIQUE (dedup_key),
    INDEX ix_notification_status (status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
