package ir.pishkhan.license.entity;

import ir.pishkhan.office.entity.OfficeTypePolicy;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.jalali.JalaliDates;
import java.time.LocalDate;

/**
 * When and for how long a licence of one office type is renewed, as the office-type policy says:
 * the window that opens {@code windowDays} before expiry, the {@code graceDays} after it in which
 * a late renewal is still accepted (with the late fee), and the {@code validityYears} each renewal
 * adds to the old expiry date.
 */
public record RenewalTerms(int windowDays, int graceDays, int validityYears, int lateFeePercent) {

    /** The terms the office-type policy sets. */
    public static RenewalTerms of(OfficeTypePolicy policy) {
        return new RenewalTerms(policy.getRenewalWindowDays(), policy.getGraceDays(), policy.getValidityYears(),
                policy.getLateFeePercent());
    }

    /**
     * How a renewal on {@code today} stands against a licence expiring on {@code expiry}: in the
     * window, or in the grace period; refused before the window opens ({@code RENEWAL_WINDOW_NOT_OPEN})
     * and after the grace period ({@code RENEWAL_TOO_LATE}).
     */
    public License.RenewalTiming timing(LocalDate expiry, LocalDate today) {
        LocalDate windowOpens = expiry.minusDays(windowDays);
        if (today.isBefore(windowOpens)) {
            throw BusinessException.rule("RENEWAL_WINDOW_NOT_OPEN",
                    "مهلت تمدید از " + JalaliDates.format(windowOpens) + " آغاز می‌شود.",
                    "The renewal window opens on " + windowOpens + ".");
        }
        if (today.isAfter(expiry.plusDays(graceDays))) {
            throw BusinessException.rule("RENEWAL_TOO_LATE", "مهلت قانونی تمدید این پروانه گذشته است.",
                    "The grace period for renewing this licence has passed.");
        }
        return today.isAfter(expiry) ? License.RenewalTiming.IN_GRACE : License.RenewalTiming.IN_WINDOW;
    }
}
