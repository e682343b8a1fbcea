package ir.pishkhan.revocation.entity;

import ir.pishkhan.shared.error.BusinessException;

/** The revocation context's refusals that the case and the use cases share. */
public final class RevocationRefusals {

    private RevocationRefusals() {
    }

    public static BusinessException notFound() {
        return BusinessException.notFound("CASE_NOT_FOUND", "پروندهٔ لغو یافت نشد.", "Revocation case not found.");
    }

    /** Whoever voted on the report in the working group may not decide its revocation. */
    public static BusinessException approverVoted() {
        return BusinessException.rule("APPROVER_VOTED",
                "شما در کارگروه به این گزارش رأی داده‌اید و نمی‌توانید دربارهٔ لغو آن تصمیم بگیرید.",
                "You voted on this report in the working group and may not decide its revocation.");
    }

    /** A rejection or a return without its reason ({@code REASON_REQUIRED}, in the words of each verdict). */
    public static BusinessException reasonRequired(RevocationCase.Verdict verdict) {
        return BusinessException.invalid("REASON_REQUIRED",
                verdict == RevocationCase.Verdict.REJECT ? "دلیل رد پرونده را بنویسید." : "بنویسید چه اطلاعاتی لازم است.",
                "Give the reason (at least 5 characters).");
    }
}
