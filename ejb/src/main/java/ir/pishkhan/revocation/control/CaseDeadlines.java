package ir.pishkhan.revocation.control;

import ir.pishkhan.revocation.entity.RevocationCase;
import ir.pishkhan.violation.control.LateItems;
import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;

/**
 * OPEN revocation cases the province has not decided by their due day: the case part of the
 * missed-deadlines check. A province's case goes to the national administrators.
 */
@Dependent
public class CaseDeadlines extends LateItems<RevocationCase> {

    public CaseDeadlines() {
        super(RevocationCase.class, "deadline", RevocationCase.Status.OPEN);
    }

    @Override
    public String name() {
        return "case";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    protected boolean escalateIfLate(RevocationCase k, LocalDate today) {
        return k.escalateIfLate(today);
    }

    @Override
    protected Missed missed(RevocationCase k) {
        return new Missed("RevocationCase", k.getId(), k.getLicense().getCounty(), k.getDueOn(),
                "پروندهٔ لغو پروانهٔ " + k.getLicense().getNumber(), supervisors.national());
    }
}
