/**
 * Notifications (اعلان‌ها): every message the product owes someone — the holder of a revoked
 * licence, the agencies that worked with the office, the county post office, a citizen whose
 * complaint was answered — is written to an outbox in the same transaction as the change it
 * reports, under a key that makes a second copy impossible. Delivery by email or SMS reads it.
 */
package ir.pishkhan.notification;
