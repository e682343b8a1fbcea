package ir.pishkhan.revocation.control;

import java.util.List;

/**
 * Who voted on a violation report in the working group — none of them may decide the
 * revocation case the report led to. Revocation owns the question; the working group, which
 * keeps the votes and opens the cases, answers it (an implementation found by CDI), so this
 * context never reads the working group's tables.
 */
public interface ReportVoters {

    /** The usernames of the members who voted on the report, in alphabetical order. */
    List<String> of(long reportId);
}
