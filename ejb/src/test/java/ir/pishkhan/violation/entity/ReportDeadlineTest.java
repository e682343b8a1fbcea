package ir.pishkhan.violation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.shared.error.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The first-response deadline of a report (escalated once, while unscreened) and the suspension-days rule. */
class ReportDeadlineTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate DUE = TODAY.plusDays(3);

    static ViolationReport report() throws Exception {
        return new ViolationReport(ir.pishkhan.license.entity.LicenseTest.license(),
                new ViolationCategory("OVERCHARGING", "دریافت وجه اضافه", Severity.MAJOR, 20), ReportSource.AGENCY,
                ir.pishkhan.office.entity.Agency.GAS, "دریافت وجه اضافه از مشترکان", TODAY.minusDays(1), "gas.reporter",
                DUE, NOW);
    }

    @Test
    void anUnscreenedReportIsEscalatedOnceAfterItsResponseDay() throws Exception {
        ViolationReport r = report();
        assertEquals(DUE, r.getResponseDue());
        assertFalse(r.escalateIfLate(DUE));
        assertTrue(r.escalateIfLate(DUE.plusDays(1)));
        assertFalse(r.escalateIfLate(DUE.plusDays(2)));
        assertEquals(DUE.plusDays(1), r.getEscalatedOn());
    }

    @Test
    void aScreenedReportIsNeverLate() throws Exception {
        ViolationReport r = report();
        r.screen(true, null, "clerk", NOW);
        assertFalse(r.escalateIfLate(DUE.plusDays(5)));
        assertEquals(null, r.getEscalatedOn());
    }

    @Test
    void aSuspensionLastsOneToThreeHundredSixtyFiveDays() {
        assertEquals("SUSPENSION_DAYS_INVALID", assertThrows(BusinessException.class,
                () -> Outcome.requireSuspensionDays(Outcome.SUSPENSION, null)).code());
        assertEquals("SUSPENSION_DAYS_INVALID", assertThrows(BusinessException.class,
                () -> Outcome.requireSuspensionDays(Outcome.SUSPENSION, 366)).code());
        Outcome.requireSuspensionDays(Outcome.SUSPENSION, 365);
        Outcome.requireSuspensionDays(Outcome.WARNING, null);
    }
}
