-- The late fee for a renewal inside the grace period, as a percentage of the renewal fee.
ALTER TABLE office_type_policy ADD COLUMN late_fee_percent INT NOT NULL DEFAULT 20;
