package ir.pishkhan.violation.boundary;

import ir.pishkhan.shared.error.BusinessException;

/** The refusals every use case on a violation report shares (kept off the EJB, which may not have static methods). */
public final class ReportRefusals {

    private ReportRefusals() {
    }

    public static BusinessException staleVersion() {
        return BusinessException.conflict("STALE_VERSION",
                "این گزارش هم‌زمان توسط همکار دیگری تغییر کرده است؛ صفحه را تازه کنید و دوباره بررسی کنید.",
                "Someone else changed this report meanwhile; reload it and check again.");
    }

    public static BusinessException notFound() {
        return BusinessException.notFound("REPORT_NOT_FOUND", "گزارش تخلف یافت نشد.", "Violation report not found.");
    }
}
