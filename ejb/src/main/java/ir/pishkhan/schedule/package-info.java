/**
 * Scheduled compliance checks (بررسی‌های زمان‌بندی‌شده): the nightly sweeps that send renewal
 * reminders, expire licences past grace, end suspensions, lapse invitations, escalate missed
 * deadlines, recompute offence points, flag inspections due and recount occupancy, plus the
 * delivery of queued notifications. Quartz runs them on a clustered JDBC job store so each
 * fires on one node only; every run is recorded in {@code check_run}.
 *
 * <p>Each check lives in the context whose data it changes (e.g. the expiry sweep in
 * {@code license}); this context only schedules, batches and records them.
 */
package ir.pishkhan.schedule;
