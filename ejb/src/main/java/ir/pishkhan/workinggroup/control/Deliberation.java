package ir.pishkhan.workinggroup.control;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.violation.entity.Outcome;
import ir.pishkhan.violation.entity.Ruling;
import ir.pishkhan.violation.entity.ViolationReport;
import ir.pishkhan.workinggroup.entity.Vote;
import ir.pishkhan.workinggroup.entity.WorkingGroupRefusals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The working group deciding a report (تصمیم‌گیری کارگروه): the session's sitting — how many
 * members, the quorum, who was present — and the votes of the present members on the report.
 * A decision needs the quorum present, every present member's vote, the office's defence
 * settled, and a majority of the present members' votes for the outcome; then the report checks
 * its own rules and records the decision.
 */
public final class Deliberation {

    private final int members;
    private final int quorum;
    private final Set<String> present;
    /** Present members' votes only: an absent member's vote does not count. */
    private final Map<String, Outcome> votes;

    Deliberation(int members, int quorum, Collection<String> present, Collection<Vote> votesOnReport) {
        this.members = members;
        this.quorum = quorum;
        this.present = new TreeSet<>(present);
        this.votes = votesOnReport.stream().filter(v -> this.present.contains(v.getUsername()))
                .collect(Collectors.toMap(Vote::getUsername, Vote::getVote));
    }

    /** The deliberation of a session as it sits ({@code sitting}: its frozen minutes, or today's) on one report. */
    public static Deliberation of(MinutesData sitting, Collection<Vote> votesOnReport) {
        return new Deliberation(sitting.members(), sitting.quorum(), sitting.attendees().stream()
                .filter(MinutesData.Attendee::present).map(MinutesData.Attendee::username).toList(), votesOnReport);
    }

    /** Refuses a decision on a report that waits on no agenda ({@code NOT_ON_AGENDA}). */
    public static void requireOnAgenda(ViolationReport report) {
        if (!report.isOnAgenda()) {
            throw WorkingGroupRefusals.notOnAgendaForDecision();
        }
    }

    /**
     * Records the ruling on the report, refused in this order: no quorum ({@code NO_QUORUM}), a
     * present member has not voted ({@code VOTES_MISSING}), the defence not settled
     * ({@code DEFENCE_PENDING}), no majority for the outcome ({@code NO_MAJORITY}); then the
     * report's own rules (rationale, days of a suspension).
     */
    public void decide(ViolationReport report, Ruling ruling, String actor, LocalDate today, Instant now) {
        requireQuorum();
        requireEveryPresentMemberVoted();
        report.requireDefenceSettled(today);
        requireMajorityFor(ruling.outcome());
        report.decide(ruling, actor, today, now);
    }

    /** More than the quorum present, and a working group to speak of. */
    void requireQuorum() {
        long here = present.size();
        if (members == 0 || here < quorum) {
            throw BusinessException.rule("NO_QUORUM",
                    "حد نصاب جلسه فراهم نیست: " + PersianNumbers.quantity(here) + " عضو حاضر از " + PersianNumbers.quantity(members) + " عضو (حد نصاب " + PersianNumbers.quantity(quorum) + ").",
                    "No quorum: " + here + " of " + members + " members present, " + quorum + " needed.");
        }
    }

    void requireEveryPresentMemberVoted() {
        List<String> notVoted = present.stream().filter(u -> !votes.containsKey(u)).toList();
        if (!notVoted.isEmpty()) {
            throw BusinessException.rule("VOTES_MISSING", "رأی این اعضای حاضر ثبت نشده است: " + String.join("، ", notVoted),
                    "Present members who have not voted: " + notVoted);
        }
    }

    /** The outcome has the votes of more than half of the present members who voted. */
    void requireMajorityFor(Outcome outcome) {
        Map<Outcome, Long> tally = new EnumMap<>(Outcome.class);
        votes.values().forEach(v -> tally.merge(v, 1L, Long::sum));
        if (outcome == null || tally.getOrDefault(outcome, 0L) * 2 <= votes.size()) {
            throw BusinessException.rule("NO_MAJORITY",
                    "تصمیم باید رأی اکثریت اعضای حاضر را داشته باشد؛ آرا: " + tally.entrySet().stream()
                            .map(e -> e.getKey().persianName() + " " + PersianNumbers.quantity(e.getValue())).collect(Collectors.joining("، ")),
                    "The decision must have the votes of a majority of the members present; votes: " + tally);
        }
    }
}
