package ir.pishkhan.revocation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.shared.error.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may decide a case (not a member who voted on its report), and its deadline: escalated once, ever. */
class RevocationCaseDeciderAndDeadlineTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 12, 7);

    static RevocationCase open() throws Exception {
        return new RevocationCase(1L, ir.pishkhan.license.entity.LicenseTest.license(), DUE, NOW);
    }

    @Test
    void aMemberWhoVotedOnTheReportMayNotDecideTheCase() throws Exception {
        RevocationCase c = open();
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.decide(RevocationCase.Verdict.APPROVE, null, "official", List.of("member", "official"), NOW));
        assertEquals("APPROVER_VOTED", e.code());
        assertEquals(RevocationCase.Status.OPEN, c.getStatus());
        // Even an invalid verdict is refused for the voter first.
        assertEquals("APPROVER_VOTED", assertThrows(BusinessException.class,
                () -> c.decide(null, null, "official", List.of("official"), NOW)).code());
        c.decide(RevocationCase.Verdict.APPROVE, null, "other.official", List.of("member", "official"), NOW);
        assertEquals(RevocationCase.Status.APPROVED, c.getStatus());
        assertEquals("other.official", c.getResolvedBy());
    }

    @Test
    void anOpenCaseIsEscalatedOnceAfterItsDueDay() throws Exception {
        RevocationCase c = open();
        assertFalse(c.escalateIfLate(DUE), "the due day itself is still in time");
        assertTrue(c.escalateIfLate(DUE.plusDays(1)));
        assertEquals(DUE.plusDays(1), c.getEscalatedOn());
        assertFalse(c.escalateIfLate(DUE.plusDays(2)), "once only");
        assertEquals(DUE.plusDays(1), c.getEscalatedOn());
    }

    @Test
    void aReturnedCaseIsNotLateAndAResubmittedOneIsNotEscalatedAgain() throws Exception {
        RevocationCase c = open();
        assertTrue(c.escalateIfLate(DUE.plusDays(1)));
        c.decide(RevocationCase.Verdict.RETURN, "رسیدها پیوست شود", "o", List.of(), NOW);
        assertFalse(c.escalateIfLate(DUE.plusDays(30)), "a RETURNED case waits for the working group");
        LocalDate newDue = DUE.plusDays(20);
        c.resubmit("رسیدها پیوست شد", newDue, NOW);
        assertEquals(newDue, c.getDueOn());
        assertEquals(newDue.toString(), c.snapshot().get("dueOn"));
        assertEquals(DUE.plusDays(1), c.getEscalatedOn(), "the escalation stays with the case");
        assertFalse(c.escalateIfLate(newDue.plusDays(1)), "an item is escalated once ever");
    }
}
