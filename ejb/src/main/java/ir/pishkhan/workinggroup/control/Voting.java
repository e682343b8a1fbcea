package ir.pishkhan.workinggroup.control;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.violation.entity.ViolationReport;
import ir.pishkhan.workinggroup.entity.Ballot;
import ir.pishkhan.workinggroup.entity.Vote;
import ir.pishkhan.workinggroup.entity.WgSession;
import ir.pishkhan.workinggroup.entity.WorkingGroupRefusals;
import java.time.Instant;

/**
 * Who may vote on what (رأی‌گیری): a member votes on a report waiting on an agenda, with a
 * complete ballot, if recorded as present at that report's session; a later vote replaces the
 * member's earlier one until the decision.
 */
public final class Voting {

    private Voting() {
    }

    /**
     * The member's vote on the report, refused in this order: not on an agenda
     * ({@code NOT_ON_AGENDA}), no outcome ({@code OUTCOME_REQUIRED}), a suspension without valid
     * days ({@code SUSPENSION_DAYS_INVALID}), the member not present ({@code NOT_PRESENT}).
     *
     * @param session the session whose agenda holds the report (null if it is on none)
     * @param earlier the member's earlier vote on this report, if any: it is changed, not replaced
     * @return the new vote (to be persisted) or {@code earlier}, changed
     */
    public static Vote cast(ViolationReport report, WgSession session, Vote earlier, String member, Ballot ballot,
                            Instant now) {
        if (!report.isOnAgenda() || session == null) {
            throw WorkingGroupRefusals.notOnAgendaForVote();
        }
        ballot.requireComplete();
        if (!session.isPresent(member)) {
            throw BusinessException.rule("NOT_PRESENT", "حضور شما در این جلسه ثبت نشده است؛ فقط اعضای حاضر رأی می‌دهند.",
                    "Only members recorded as present at the session vote.");
        }
        if (earlier == null) {
            return new Vote(report.getId(), member, ballot.outcome(), ballot.suspensionDays(), now);
        }
        earlier.change(ballot.outcome(), ballot.suspensionDays(), now);
        return earlier;
    }
}
