package ir.pishkhan.complaint.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A complaint's answer deadline: only an unanswered complaint is late, and it is escalated once. */
class ComplaintDeadlineTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 11, 26);

    static Complaint filed() throws Exception {
        return new Complaint("ABCDEFGHJK", ir.pishkhan.license.entity.LicenseTest.license(), null, null,
                "متصدی دفتر مبلغی بیش از تعرفه دریافت کرد و رسید نداد.", DUE, NOW);
    }

    @Test
    void anUnansweredComplaintIsEscalatedOnceAfterItsDueDay() throws Exception {
        Complaint c = filed();
        assertEquals(DUE, c.getDueOn());
        assertEquals(DUE.toString(), c.snapshot().get("dueOn"));
        assertFalse(c.escalateIfLate(DUE));
        assertTrue(c.escalateIfLate(DUE.plusDays(1)));
        assertFalse(c.escalateIfLate(DUE.plusDays(2)));
        assertEquals(DUE.plusDays(1), c.getEscalatedOn());
    }

    @Test
    void anAnsweredComplaintIsNeverLate() throws Exception {
        Complaint c = filed();
        c.answer(false, "بررسی شد و تخلفی نبود", "clerk", NOW);
        assertFalse(c.escalateIfLate(DUE.plusDays(5)));
        assertEquals(null, c.getEscalatedOn());
    }
}
