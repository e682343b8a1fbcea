package ir.pishkhan.license.entity;

/**
 * A CDI event: the licence with this number was written (updated or removed) in the current
 * transaction. Fired by {@link LicenseWrites} whatever use case, check or other context changed
 * it, and by a correction for what the listener cannot see (a number the licence no longer has,
 * a holder whose own row changed); observers keep what they derived from the licence fresh
 * (public verification's answers).
 */
public record LicenseChanged(String number) {
}
