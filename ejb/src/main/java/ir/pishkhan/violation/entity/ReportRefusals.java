package ir.pishkhan.violation.entity;

import ir.pishkhan.shared.error.BusinessException;

/**
 * The violation context's refusals that more than one place throws (the report, the category,
 * the use cases of violation and of the working group). Stale versions and missing reasons go
 * through {@code shared.error.Refusals}.
 */
public final class ReportRefusals {

    private ReportRefusals() {
    }

    public static BusinessException notFound() {
        return BusinessException.notFound("REPORT_NOT_FOUND", "گزارش تخلف یافت نشد.", "Violation report not found.");
    }

    /** Asked of a working group: the report is not one of this county's. */
    public static BusinessException notInCounty() {
        return BusinessException.notFound("REPORT_NOT_FOUND", "این گزارش در این شهرستان یافت نشد.",
                "No such report in this county.");
    }

    public static BusinessException categoryUnknown() {
        return BusinessException.invalid("CATEGORY_UNKNOWN", "نوع تخلف را از فهرست انتخاب کنید.",
                "Choose an active violation category.");
    }

    public static BusinessException suspensionDaysInvalid() {
        return BusinessException.invalid("SUSPENSION_DAYS_INVALID", "مدت تعلیق باید بین ۱ و ۳۶۵ روز باشد.",
                "A suspension lasts 1 to 365 days.");
    }
}
