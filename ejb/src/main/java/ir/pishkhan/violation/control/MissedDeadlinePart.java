package ir.pishkhan.violation.control;

import ir.pishkhan.place.entity.County;
import ir.pishkhan.security.entity.UserAccount;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One kind of item the nightly missed-deadlines check ({@link MissedDeadlines}) walks: each
 * context whose items have a deadline implements it in its control package (reports here,
 * complaints in complaint, revocation cases in revocation), and the check finds them through
 * CDI — so this context knows none of them. The check itself records the escalation and tells
 * the supervisors.
 */
public interface MissedDeadlinePart {

    /** The part's name in the check's run (as its errors show it), e.g. {@code report}. */
    String name();

    /** Where the part comes in the run: lower first. */
    int order();

    /** Ids greater than {@code afterId} of items past their deadline and not yet escalated, ascending. */
    List<Long> next(LocalDate today, long afterId, int limit);

    /**
     * Locks the item and, if it is still late and not yet escalated, marks it escalated today
     * and says whom to tell; empty if it no longer needs it.
     */
    Optional<Missed> escalate(long id, LocalDate today);

    /**
     * A missed deadline just escalated: the item as the audit trail names it ({@code type},
     * {@code id}), where it belongs, when it was due, how the message names it in Persian, and
     * the supervisors to tell.
     */
    record Missed(String type, long id, County county, LocalDate due, String itemFa, List<UserAccount> supervisors) {
    }
}
