package ir.pishkhan.license.entity;

import ir.pishkhan.shared.jalali.JalaliDates;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A request to transfer a licence: the checks the clerk recorded, and whether it comes by power of attorney. */
public record TransferRequest(List<TransferCheckResult> checks, boolean byPowerOfAttorney) {

    public TransferRequest {
        checks = checks == null ? List.of() : checks.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The recorded checks by type, the last one of each type counting. */
    Map<TransferCheck, TransferCheckResult> byType() {
        Map<TransferCheck, TransferCheckResult> byType = new EnumMap<>(TransferCheck.class);
        for (TransferCheckResult c : checks) {
            if (c.check() != null) {
                byType.put(c.check(), c);
            }
        }
        return byType;
    }

    /** The checks as the licence's history and the audit trail summarise them («…: تأیید ۱۴۰۴/۰۲/۱۰ (مرجع)؛ …»). */
    public String summary() {
        return byType().values().stream().map(c -> c.check().persianName() + ": تأیید "
                        + (c.date() == null ? "" : JalaliDates.format(c.date()))
                        + (c.reference() == null || c.reference().isBlank() ? "" : " (" + c.reference().trim() + ")"))
                .collect(Collectors.joining("؛ "));
    }
}
