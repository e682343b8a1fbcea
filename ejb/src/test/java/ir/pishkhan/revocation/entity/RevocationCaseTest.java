package ir.pishkhan.revocation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.shared.error.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A revocation case's verdicts: reasons where required, return and resubmission, nothing after the end. */
class RevocationCaseTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    static RevocationCase open() throws Exception {
        return new RevocationCase(1L, ir.pishkhan.license.entity.LicenseTest.license(), LocalDate.of(2026, 12, 7), NOW);
    }

    static String code(Runnable r) {
        return assertThrows(BusinessException.class, r::run).code();
    }

    @Test
    void rejectAndReturnNeedAReasonApprovalDoesNot() throws Exception {
        RevocationCase c = open();
        assertEquals("REASON_REQUIRED", code(() -> c.decide(RevocationCase.Verdict.REJECT, " ", "o", NOW)));
        assertEquals("REASON_REQUIRED", code(() -> c.decide(RevocationCase.Verdict.RETURN, null, "o", NOW)));
        assertEquals("VERDICT_REQUIRED", code(() -> c.decide(null, null, "o", NOW)));
        c.decide(RevocationCase.Verdict.APPROVE, null, "o", NOW);
        assertEquals(RevocationCase.Status.APPROVED, c.getStatus());
        assertEquals("CASE_NOT_OPEN", code(() -> c.decide(RevocationCase.Verdict.REJECT, "دیگر نه", "o", NOW)));
    }

    @Test
    void aReturnedCaseWaitsForTheWorkingGroupThenOpensAgain() throws Exception {
        RevocationCase c = open();
        assertEquals("CASE_NOT_RETURNED", code(() -> c.resubmit("اطلاعات بیشتر", LocalDate.of(2026, 12, 20), NOW)));
        c.decide(RevocationCase.Verdict.RETURN, "رسیدها پیوست شود", "o", NOW);
        assertTrue(c.getStatus().isPending());
        assertEquals("CASE_NOT_OPEN", code(() -> c.decide(RevocationCase.Verdict.APPROVE, null, "o", NOW)));
        assertEquals("NOTE_REQUIRED", code(() -> c.resubmit("", LocalDate.of(2026, 12, 20), NOW)));
        c.resubmit("رسیدها پیوست شد", LocalDate.of(2026, 12, 20), NOW);
        assertEquals(RevocationCase.Status.OPEN, c.getStatus());
        assertEquals(LocalDate.of(2026, 12, 20), c.getDueOn());
        c.decide(RevocationCase.Verdict.REJECT, "وجوه کامل واریز شده", "o", NOW);
        assertEquals(RevocationCase.Status.REJECTED, c.getStatus());
        assertEquals(false, c.getStatus().isPending());
    }
}
