package ir.pishkhan.violation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.license.entity.License;
import ir.pishkhan.shared.error.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A report's lifecycle: each step only from the state before it, the defence deadline, the decision's needs. */
class ViolationReportTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final ViolationCategory OVERCHARGING = new ViolationCategory("OVERCHARGING", "دریافت وجه اضافه", Severity.MAJOR, 20);

    static ViolationReport report() throws Exception {
        License license = ir.pishkhan.license.entity.LicenseTest.license();
        return new ViolationReport(license, OVERCHARGING, ReportSource.AGENCY, ir.pishkhan.office.entity.Agency.GAS,
                "دریافت وجه اضافه از مشترکان", TODAY.minusDays(1), "gas.reporter", TODAY.plusDays(3), NOW);
    }

    static String code(Runnable r) {
        return assertThrows(BusinessException.class, r::run).code();
    }

    @Test
    void stepsOnlyFollowEachOtherInOrder() throws Exception {
        ViolationReport r = report();
        assertEquals(ReportStatus.REPORTED, r.getStatus());
        assertEquals("ILLEGAL_TRANSITION", code(() -> r.sendNotice(TODAY.plusDays(7), NOW)));
        assertEquals("ILLEGAL_TRANSITION", code(() -> r.putOnAgenda(1)));
        assertEquals("ILLEGAL_TRANSITION", code(() -> r.decide(Outcome.WARNING, null, "استدلال کافی و روشن", "s", TODAY, NOW)));
        r.screen(true, null, "clerk", NOW);
        assertEquals("ILLEGAL_TRANSITION", code(() -> r.screen(true, null, "clerk", NOW)));
        r.sendNotice(TODAY.plusDays(7), NOW);
        r.putOnAgenda(1);
        r.putOnAgenda(2);
        assertEquals(2L, r.getSessionId(), "moved to another session before the decision");
    }

    @Test
    void dismissalNeedsAReasonAndCloses() throws Exception {
        ViolationReport r = report();
        assertEquals("REASON_REQUIRED", code(() -> r.screen(false, " ", "clerk", NOW)));
        r.screen(false, "شاهدی ارائه نشد", "clerk", NOW);
        assertEquals(ReportStatus.DISMISSED, r.getStatus());
        assertEquals(false, r.getStatus().isOpen());
    }

    @Test
    void theDefenceComesOnceAndNotAfterTheDeadline() throws Exception {
        ViolationReport r = report();
        r.screen(true, null, "clerk", NOW);
        r.sendNotice(TODAY.plusDays(7), NOW);
        assertEquals("DEFENCE_DEADLINE_PASSED", code(() -> r.defend("دفاعیهٔ دیرهنگام دفتر", "mgr", TODAY.plusDays(8), NOW)));
        assertEquals("DEFENCE_TEXT_REQUIRED", code(() -> r.defend("کوتاه", "mgr", TODAY, NOW)));
        r.defend("دفاعیهٔ دفتر در مهلت مقرر", "mgr", TODAY.plusDays(7), NOW);
        assertEquals("DEFENCE_ALREADY_SUBMITTED", code(() -> r.defend("دفاعیهٔ دوم دفتر در مهلت", "mgr", TODAY, NOW)));
    }

    @Test
    void noDecisionBeforeTheDefenceIsSettledAndThenWithRationaleAndPoints() throws Exception {
        ViolationReport r = report();
        r.screen(true, null, "clerk", NOW);
        r.sendNotice(TODAY.plusDays(7), NOW);
        r.putOnAgenda(1);
        assertEquals("DEFENCE_PENDING", code(() -> r.decide(Outcome.WARNING, null, "استدلال کافی و روشن", "s", TODAY, NOW)));
        LocalDate afterDeadline = TODAY.plusDays(8);
        assertEquals("RATIONALE_REQUIRED", code(() -> r.decide(Outcome.WARNING, null, "کوتاه", "s", afterDeadline, NOW)));
        assertEquals("SUSPENSION_DAYS_INVALID",
                code(() -> r.decide(Outcome.SUSPENSION, 0, "استدلال کافی و روشن", "s", afterDeadline, NOW)));
        r.decide(Outcome.WRITTEN_WARNING, 10, "استدلال کافی و روشن", "s", afterDeadline, NOW);
        assertEquals(ReportStatus.DECIDED, r.getStatus());
        assertEquals(20, r.getPoints());
        assertEquals(null, r.getSuspensionDays(), "days belong to suspensions only");
        assertEquals("ILLEGAL_TRANSITION", code(() -> r.defend("دفاعیه پس از تصمیم کارگروه", "mgr", TODAY, NOW)));
    }

    @Test
    void aDismissalByTheGroupAddsNoPoints() throws Exception {
        ViolationReport r = report();
        r.screen(true, null, "clerk", NOW);
        r.sendNotice(TODAY.plusDays(7), NOW);
        r.defend("دفاعیهٔ دفتر در مهلت مقرر", "mgr", TODAY, NOW);
        r.putOnAgenda(1);
        r.decide(Outcome.DISMISSED, null, "دفاعیه پذیرفته شد و تخلفی نیست", "s", TODAY, NOW);
        assertEquals(0, r.getPoints());
    }

    @Test
    void reportsNeedAnActiveCategoryAndARealDescription() throws Exception {
        License license = ir.pishkhan.license.entity.LicenseTest.license();
        ViolationCategory retired = new ViolationCategory("OLD", "نوع قدیمی", Severity.MINOR, 1);
        retired.change("نوع قدیمی", Severity.MINOR, 1, false);
        assertEquals("CATEGORY_UNKNOWN", code(() -> new ViolationReport(license, retired, ReportSource.SYSTEM, null,
                "شرح کامل تخلف دفتر", null, "system", TODAY, NOW)));
        assertEquals("DESCRIPTION_REQUIRED", code(() -> new ViolationReport(license, OVERCHARGING, ReportSource.SYSTEM, null,
                "کوتاه", null, "system", TODAY, NOW)));
        assertEquals("OCCURRED_IN_FUTURE", code(() -> new ViolationReport(license, OVERCHARGING, ReportSource.SYSTEM, null,
                "شرح کامل تخلف دفتر", TODAY.plusDays(2), "system", TODAY, NOW)));
        assertEquals("CATEGORY_CODE_INVALID", code(() -> new ViolationCategory("bad code", "نام", Severity.MINOR, 1)));
        assertEquals("POINTS_OUT_OF_RANGE", code(() -> new ViolationCategory("NEGATIVE", "نام", Severity.MINOR, -1)));
    }
}
