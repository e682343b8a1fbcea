package ir.pishkhan.license.entity;

import ir.pishkhan.office.entity.OfficeTypePolicy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The preconditions of a transfer (واگذاری): never by power of attorney; never of an expired
 * licence; every {@link TransferCheck} recorded with its date and passed; and not again within
 * {@code retransferYears} of the last transfer (days counted in {@code zone}, Tehran).
 */
public record TransferPolicy(int retransferYears, ZoneId zone) {

    /** The policy the office type sets, with days counted in the given zone. */
    public static TransferPolicy of(OfficeTypePolicy policy, ZoneId zone) {
        return new TransferPolicy(policy.getRetransferYears(), zone);
    }

    /** Refuses the transfer of {@code license} on {@code today} unless every precondition holds. */
    public void approve(License license, TransferRequest request, LocalDate today) {
        if (request.byPowerOfAttorney()) {
            throw LicenseRefusals.transferByAttorney();
        }
        if (license.getExpiryDate().isBefore(today)) {
            throw LicenseRefusals.expiredNotTransferred();
        }
        Map<TransferCheck, TransferCheckResult> byType = request.byType();
        for (TransferCheck required : TransferCheck.values()) {
            TransferCheckResult c = byType.get(required);
            if (c == null || c.date() == null) {
                throw LicenseRefusals.transferCheckMissing(required);
            }
            if (!c.passed()) {
                throw LicenseRefusals.transferCheckFailed(required);
            }
        }
        license.lastTransfer().ifPresent(last -> {
            LocalDate allowedFrom = last.atZone(zone).toLocalDate().plusYears(retransferYears);
            if (today.isBefore(allowedFrom)) {
                throw LicenseRefusals.transferTooSoon(retransferYears, allowedFrom);
            }
        });
    }
}
