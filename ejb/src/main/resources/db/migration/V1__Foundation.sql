-- Foundation schema: places, office types, user accounts with scoped role grants, and the
-- hash-chained audit trail. Every table is InnoDB, utf8mb4, so Persian text and row locks work.

ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE province (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(8)   NOT NULL,
    name_fa     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_province_code UNIQUE (code),
    CONSTRAINT uk_province_name UNIQUE (name_fa)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE county (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT       NOT NULL,
    name_fa     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    search_key  VARCHAR(100) NOT NULL,
    wikidata    VARCHAR(20)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_county_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT uk_county_name UNIQUE (province_id, search_key),
    INDEX ix_county_search (search_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE office_type (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_fa     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO office_type (code, name_fa, name_en) VALUES
    ('GOVERNMENT_COUNTER', 'دفتر پیشخوان خدمات دولت', 'Government counter office'),
    ('RURAL_ICT', 'دفتر ICT روستایی', 'Rural ICT office');

CREATE TABLE user_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(150) NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    last_login_at   DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A role held within a scope. scope_ref is the id of the province, county or office the role
-- is limited to, and 0 for a national scope, so the unique key also covers national grants.
CREATE TABLE role_grant (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT       NOT NULL,
    role        VARCHAR(32)  NOT NULL,
    scope_type  VARCHAR(16)  NOT NULL,
    scope_ref   BIGINT       NOT NULL,
    granted_at  DATETIME(6)  NOT NULL,
    granted_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT fk_grant_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT uk_grant UNIQUE (user_id, role, scope_type, scope_ref)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only audit trail. Each record's hash covers its own content and the previous record's
-- hash, so an edited, deleted or reordered record breaks the chain at a point we can name.
CREATE TABLE audit_record (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    object_type  VARCHAR(64)  NOT NULL,
    object_id    VARCHAR(64)  NOT NULL,
    province_id  BIGINT       NULL,
    county_id    BIGINT       NULL,
    before_state MEDIUMTEXT   NULL,
    after_state  MEDIUMTEXT   NULL,
    reason       TEXT         NULL,
    prev_hash    CHAR(64)     NOT NULL,
    hash         CHAR(64)     NOT NULL,
    INDEX ix_audit_time (occurred_at),
    INDEX ix_audit_object (object_type, object_id),
    INDEX ix_audit_actor (actor),
    INDEX ix_audit_scope (province_id, county_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The chain's head: one row, locked by every append so records get gap-free sequence numbers
-- in commit order, across every node of a cluster.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL
) ENGINE=InnoDB;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
