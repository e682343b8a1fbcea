-- The working calendar (تقویم کاری): weekly days off per province, public holidays for the
-- whole country, and ad-hoc closures a province declares. Every deadline in working days reads it.

CREATE TABLE weekly_day_off (
    province_id  BIGINT      NOT NULL,
    day_of_week  VARCHAR(9)  NOT NULL,
    PRIMARY KEY (province_id, day_of_week),
    CONSTRAINT fk_day_off_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT ck_day_off_day CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                                                     'SATURDAY', 'SUNDAY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Friday is the weekly day off everywhere until a province adds Thursday.
INSERT INTO weekly_day_off (province_id, day_of_week) SELECT id, 'FRIDAY' FROM province;

CREATE TABLE public_holiday (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    holiday_date  DATE         NOT NULL,
    name_fa       VARCHAR(150) NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_holiday_date UNIQUE (holiday_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE closure (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    province_id   BIGINT       NOT NULL,
    closure_date  DATE         NOT NULL,
    reason        VARCHAR(300) NOT NULL,
    declared_by   VARCHAR(64)  NOT NULL,
    declared_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_closure UNIQUE (province_id, closure_date),
    CONSTRAINT fk_closure_province FOREIGN KEY (province_id) REFERENCES province (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
