-- The nightly sweep written as plain set-based SQL, the yardstick for the application's
-- scheduled checks (bench/run-benchmarks.sh runs both on identical copies of the data).
-- Same effects as the eight checks: the same rows change and the same messages are queued;
-- what it leaves out: audit records, and the Persian text of each message's parameters.
-- Today is Tehran's, as for the application: the caller sets @today (run-benchmarks.sh does);
-- the database's own CURDATE() follows its session time zone. Instants are stored in UTC.
SET @today = COALESCE(@today, CURDATE());
SET @now = UTC_TIMESTAMP(6);

-- 1. Renewal reminders at 90, 30 and 7 days, each once.
INSERT IGNORE INTO notification (dedup_key, recipient, channel, template, params, status, attempts, created_at, next_attempt_at)
SELECT CONCAT('RENEWAL_REMINDER:', l.number, ':', l.expiry_date, ':',
              CASE WHEN DATEDIFF(l.expiry_date, @today) <= 7 THEN 7 WHEN DATEDIFF(l.expiry_date, @today) <= 30 THEN 30 ELSE 90 END),
       a.phone, 'SMS', 'RENEWAL_REMINDER',
       JSON_OBJECT('licenseNumber', l.number, 'officeName', l.office_name, 'days', DATEDIFF(l.expiry_date, @today), 'expiry', l.expiry_date),
       'QUEUED', 0, @now, @now
FROM license l JOIN applicant a ON a.id = l.holder_id
WHERE l.status IN ('ACTIVE', 'SUSPENDED') AND l.expiry_date BETWEEN @today AND @today + INTERVAL 90 DAY;

-- 2. Expiry past grace: EXPIRED, closed, slot freed, holder told; then free slots go to the waitlist.
CREATE TEMPORARY TABLE expiring AS
SELECT l.id, l.number, l.county_id, l.office_type, l.office_name, a.phone,
       l.expiry_date + INTERVAL (p.grace_days + 1) DAY AS closed_on
FROM license l JOIN office_type_policy p ON p.office_type = l.office_type JOIN applicant a ON a.id = l.holder_id
WHERE l.status IN ('ACTIVE', 'SUSPENDED') AND l.expiry_date + INTERVAL p.grace_days DAY < @today;
UPDATE license l JOIN expiring e ON e.id = l.id
SET l.status = 'EXPIRED', l.suspended_until = NULL, l.closed_on = e.closed_on, l.version = l.version + 1;
INSERT INTO license_event (license_id, type, occurred_at, actor) SELECT id, 'EXPIRED', @now, 'system' FROM expiring;
UPDATE capacity_book b JOIN (SELECT county_id, office_type, COUNT(*) AS n FROM expiring GROUP BY county_id, office_type) x
    ON x.county_id = b.county_id AND x.office_type = b.office_type
SET b.occupied = b.occupied - x.n, b.version = b.version + 1;
INSERT IGNORE INTO notification (dedup_key, recipient, channel, template, params, status, attempts, created_at, next_attempt_at)
SELECT CONCAT('LICENSE_EXPIRED:', number, ':holder'), phone, 'SMS', 'LICENSE_EXPIRED',
       JSON_OBJECT('licenseNumber', number, 'officeName', office_name, 'closedOn', closed_on), 'QUEUED', 0, @now, @now
FROM expiring;
CREATE TEMPORARY TABLE invited AS
SELECT w.id AS application_id, w.county_id, w.office_type
FROM (SELECT a.id, a.county_id, a.office_type,
             ROW_NUMBER() OVER (PARTITION BY a.county_id, a.office_type ORDER BY a.priority_score DESC, a.submitted_at, a.id) AS place
      FROM application a WHERE a.status = 'WAITING') w
JOIN capacity_book b ON b.county_id = w.county_id AND b.office_type = w.office_type
WHERE w.place <= b.capacity - b.occupied;
INSERT INTO invitation (application_id, invited_at, deadline, status) SELECT application_id, @now, @today + INTERVAL 30 DAY, 'OPEN' FROM invited;
UPDATE application a JOIN invited i ON i.application_id = a.id SET a.status = 'INVITED', a.status_changed_at = @now, a.version = a.version + 1;
UPDATE capacity_book b JOIN (SELECT county_id, office_type, COUNT(*) AS n FROM invited GROUP BY county_id, office_type) x
    ON x.county_id = b.county_id AND x.office_type = b.office_type
SET b.occupied = b.occupied + x.n;

-- 3. Suspensions that ended are lifted.
CREATE TEMPORARY TABLE lifted AS
SELECT l.id, l.number, l.office_name, l.suspended_until, a.phone FROM license l JOIN applicant a ON a.id = l.holder_id
WHERE l.status = 'SUSPENDED' AND l.suspended_until < @today;
UPDATE license l JOIN lifted x ON x.id = l.id SET l.status = 'ACTIVE', l.suspended_until = NULL, l.version = l.version + 1;
INSERT INTO license_event (license_id, type, occurred_at, actor) SELECT id, 'REINSTATED', @now, 'system' FROM lifted;
INSERT IGNORE INTO notification (dedup_key, recipient, channel, template, params, status, attempts, created_at, next_attempt_at)
SELECT CONCAT('LICENSE_REINSTATED:', number, ':', suspended_until, ':holder'), phone, 'SMS', 'LICENSE_REINSTATED',
       JSON_OBJECT('licenseNumber', number, 'officeName', office_name), 'QUEUED', 0, @now, @now
FROM lifted;

-- 4. Invitations past their deadline lapse (the slot is offered again by the next night's step 2 here).
CREATE TEMPORARY TABLE lapsed AS
SELECT i.id, i.application_id, a.county_id, a.office_type FROM invitation i JOIN application a ON a.id = i.application_id
WHERE i.status = 'OPEN' AND i.deadline < @today;
UPDATE invitation i JOIN lapsed x ON x.id = i.id SET i.status = 'LAPSED', i.responded_at = @now;
UPDATE application a JOIN lapsed x ON x.application_id = a.id SET a.status = 'CLOSED', a.status_changed_at = @now;
UPDATE capacity_book b JOIN (SELECT county_id, office_type, COUNT(*) AS n FROM lapsed GROUP BY county_id, office_type) x
    ON x.county_id = b.county_id AND x.office_type = b.office_type
SET b.occupied = b.occupied - x.n;

-- 5. Missed deadlines: escalated once.
UPDATE violation_report SET escalated_on = @today
WHERE status = 'REPORTED' AND response_due < @today AND escalated_on IS NULL;
UPDATE complaint SET escalated_on = @today WHERE status = 'FILED' AND due_on < @today AND escalated_on IS NULL;
UPDATE revocation_case SET escalated_on = @today WHERE status = 'OPEN' AND due_on < @today AND escalated_on IS NULL;

-- 6. Offence points and the ladder's standing (steps and points thresholds, default rules).
INSERT INTO offence_standing (license_id, points, suggested, computed_on)
SELECT license_id, SUM(COALESCE(points, 0)),
       CASE WHEN SUM(COALESCE(points, 0)) >= 100 OR SUM(decision = 'SUSPENSION') >= 2 THEN 'REVOCATION_RECOMMENDED'
            WHEN SUM(COALESCE(points, 0)) >= 60 OR SUM(decision = 'WARNING') >= 3 OR SUM(decision = 'WRITTEN_WARNING') >= 2 THEN 'SUSPENSION'
            ELSE 'NONE' END,
       @today
FROM violation_report
WHERE status = 'DECIDED' AND decided_on > @today - INTERVAL 12 MONTH AND decision <> 'DISMISSED'
GROUP BY license_id
ON DUPLICATE KEY UPDATE points = VALUES(points), suggested = VALUES(suggested), computed_on = VALUES(computed_on);
INSERT IGNORE INTO notification (dedup_key, recipient, channel, template, params, status, attempts, created_at, next_attempt_at)
SELECT CONCAT('OFFENCE_STANDING:', l.number, ':', s.suggested, ':', s.points), CONCAT('county:', l.county_id), 'INBOX',
       'OFFENCE_STANDING', JSON_OBJECT('licenseNumber', l.number, 'officeName', l.office_name, 'points', s.points,
       'suggested', s.suggested), 'QUEUED', 0, @now, @now
FROM offence_standing s JOIN license l ON l.id = s.license_id WHERE s.suggested IN ('SUSPENSION', 'REVOCATION_RECOMMENDED');

-- 7. Periodic inspections due within 14 days, or overdue.
INSERT IGNORE INTO notification (dedup_key, recipient, channel, template, params, status, attempts, created_at, next_attempt_at)
SELECT CONCAT(IF(d.due < @today, 'INSPECTION_OVERDUE:', 'INSPECTION_DUE:'), d.number, ':', d.due, ':county'),
       CONCAT('county:', d.county_id), 'INBOX', IF(d.due < @today, 'INSPECTION_OVERDUE', 'INSPECTION_DUE'),
       JSON_OBJECT('licenseNumber', d.number, 'officeName', d.office_name, 'due', d.due), 'QUEUED', 0, @now, @now
FROM (SELECT l.number, l.county_id, l.office_name,
             COALESCE(i.last_on, l.issue_date) + INTERVAL 6 MONTH AS due
      FROM license l LEFT JOIN (SELECT license_id, MAX(inspected_on) AS last_on FROM inspection WHERE kind = 'PERIODIC'
                                GROUP BY license_id) i ON i.license_id = l.id
      WHERE l.status = 'ACTIVE') d
WHERE d.due <= @today + INTERVAL 14 DAY;

INSERT IGNORE INTO notification (dedup_key, recipient, channel, template, params, status, attempts, created_at, next_attempt_at)
SELECT CONCAT('INSPECTION_OVERDUE:', d.number, ':', d.due, ':province'), CONCAT('province:', k.province_id), 'INBOX',
       'INSPECTION_OVERDUE', JSON_OBJECT('licenseNumber', d.number, 'officeName', d.office_name, 'due', d.due), 'QUEUED', 0, @now, @now
FROM (SELECT l.number, l.county_id, l.office_name, COALESCE(i.last_on, l.issue_date) + INTERVAL 6 MONTH AS due
      FROM license l LEFT JOIN (SELECT license_id, MAX(inspected_on) AS last_on FROM inspection WHERE kind = 'PERIODIC'
                                GROUP BY license_id) i ON i.license_id = l.id
      WHERE l.status = 'ACTIVE') d JOIN county k ON k.id = d.county_id
WHERE d.due < @today;

-- 8. Occupancy recount: books that disagree with their licences and held invitations.
SELECT b.id, b.occupied, COALESCE(l.n, 0) + COALESCE(a.n, 0) AS counted
FROM capacity_book b
LEFT JOIN (SELECT county_id, office_type, COUNT(*) AS n FROM license WHERE status IN ('ACTIVE', 'SUSPENDED')
           GROUP BY county_id, office_type) l ON l.county_id = b.county_id AND l.office_type = b.office_type
LEFT JOIN (SELECT county_id, office_type, COUNT(*) AS n FROM application WHERE status IN ('INVITED', 'HOLDING_SLOT')
           GROUP BY county_id, office_type) a ON a.county_id = b.county_id AND a.office_type = b.office_type
WHERE b.occupied <> COALESCE(l.n, 0) + COALESCE(a.n, 0);
