package ir.pishkhan.complaint.entity;

import ir.pishkhan.shared.error.BusinessException;

/** The complaint context's refusals that more than one use case throws. */
public final class ComplaintRefusals {

    private ComplaintRefusals() {
    }

    /** Staff asked for a complaint that is not there (or not theirs to see). */
    public static BusinessException notFound() {
        return BusinessException.notFound("COMPLAINT_NOT_FOUND", "شکایت یافت نشد.", "Complaint not found.");
    }

    /** A citizen's tracking code that matches nothing, or is not a tracking code at all. */
    public static BusinessException trackingNotFound() {
        return BusinessException.notFound("COMPLAINT_NOT_FOUND", "شکایتی با این کد رهگیری یافت نشد.",
                "No complaint with this tracking code.");
    }

    /** No office with this licence number takes complaints (none, or its licence is not active). */
    public static BusinessException officeNotFound() {
        return BusinessException.notFound("OFFICE_NOT_FOUND",
                "دفتری با این شمارهٔ پروانه یافت نشد؛ دفتر را از فهرست جست‌وجو انتخاب کنید.",
                "No office with this licence number; choose it from the search.");
    }
}
