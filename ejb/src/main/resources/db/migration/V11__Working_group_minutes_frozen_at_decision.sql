-- The minutes of a working-group session as its decisions froze them: what the minutes state
-- (members with their names, attendance, quorum, votes, decisions, times) as JSON, the SHA-256
-- of the minutes' PDF (also kept in each decision's audit record), and when. Every later copy of
-- the minutes is rendered from this record, never again from today's membership or settings.
-- Sessions decided before this migration have no record; their minutes are rendered as before.
ALTER TABLE wg_session
    ADD COLUMN minutes_record    LONGTEXT    NULL CHECK (minutes_record IS NULL OR JSON_VALID(minutes_record)),
    ADD COLUMN minutes_sha256    CHAR(64)    NULL,
    ADD COLUMN minutes_frozen_at DATETIME(6) NULL;
