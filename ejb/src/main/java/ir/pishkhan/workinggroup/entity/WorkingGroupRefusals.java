package ir.pishkhan.workinggroup.entity;

import ir.pishkhan.shared.error.BusinessException;

/** The working group's refusals that more than one use case (or both a policy and a use case) throw. */
public final class WorkingGroupRefusals {

    private WorkingGroupRefusals() {
    }

    public static BusinessException sessionNotFound() {
        return BusinessException.notFound("SESSION_NOT_FOUND", "جلسه یافت نشد.", "Session not found.");
    }

    /** A vote on a report that waits on no agenda. */
    public static BusinessException notOnAgendaForVote() {
        return BusinessException.rule("NOT_ON_AGENDA", "این گزارش در دستور کار جلسه نیست؛ رأی‌گیری ممکن نیست.",
                "The report is not on an agenda; there is nothing to vote on.");
    }

    /** A decision on a report that waits on no agenda. */
    public static BusinessException notOnAgendaForDecision() {
        return BusinessException.rule("NOT_ON_AGENDA", "این گزارش در دستور کار جلسه نیست؛ تصمیم‌گیری ممکن نیست.",
                "The report is not on an agenda.");
    }
}
