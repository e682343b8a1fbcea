package ir.pishkhan.workinggroup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.license.entity.LicenseTest;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.testing.Reflection;
import ir.pishkhan.violation.entity.Outcome;
import ir.pishkhan.violation.entity.ReportSource;
import ir.pishkhan.violation.entity.Severity;
import ir.pishkhan.violation.entity.ViolationCategory;
import ir.pishkhan.violation.entity.ViolationReport;
import ir.pishkhan.workinggroup.entity.Ballot;
import ir.pishkhan.workinggroup.entity.Vote;
import ir.pishkhan.workinggroup.entity.WgSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may vote: on a report of the agenda, with a complete ballot, when present; a second vote changes the first. */
class VotingTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static ViolationReport reported() throws Exception {
        ViolationReport r = new ViolationReport(LicenseTest.license(),
                new ViolationCategory("OVERCHARGING", "دریافت وجه اضافه", Severity.MAJOR, 20), ReportSource.AGENCY,
                ir.pishkhan.office.entity.Agency.GAS, "دریافت وجه اضافه از مشترکان", TODAY.minusDays(1), "gas.reporter",
                TODAY.plusDays(3), NOW);
        Reflection.set(r, "id", 41L);
        return r;
    }

    static WgSession heldWith(County county, String presentMember) {
        WgSession s = new WgSession(county, TODAY, "10:00", "سالن جلسات", "secretary", NOW);
        s.recordAttendance(Map.of(presentMember, true, "absent", false));
        return s;
    }

    static String code(Runnable r) {
        return assertThrows(BusinessException.class, r::run).code();
    }

    @Test
    void refusalsComeInTheirOrder() throws Exception {
        ViolationReport r = reported();
        WgSession session = heldWith(r.getCounty(), "member");
        assertEquals("NOT_ON_AGENDA", code(() -> Voting.cast(r, null, null, "member", new Ballot(null, null), NOW)));
        r.screen(true, null, "clerk", NOW);
        r.sendNotice(TODAY.plusDays(7), NOW);
        r.putOnAgenda(1);
        assertEquals("OUTCOME_REQUIRED", code(() -> Voting.cast(r, session, null, "absent", new Ballot(null, null), NOW)));
        assertEquals("SUSPENSION_DAYS_INVALID",
                code(() -> Voting.cast(r, session, null, "absent", new Ballot(Outcome.SUSPENSION, 366), NOW)));
        assertEquals("NOT_PRESENT", code(() -> Voting.cast(r, session, null, "absent", new Ballot(Outcome.WARNING, null), NOW)));
    }

    @Test
    void aPresentMemberVotesAndMayChangeTheVote() throws Exception {
        ViolationReport r = reported();
        WgSession session = heldWith(r.getCounty(), "member");
        r.screen(true, null, "clerk", NOW);
        r.sendNotice(TODAY.plusDays(7), NOW);
        r.putOnAgenda(1);
        Vote first = Voting.cast(r, session, null, "member", new Ballot(Outcome.SUSPENSION, 10), NOW);
        assertEquals(41L, first.getReportId());
        assertEquals(10, first.getSuspensionDays());
        Vote changed = Voting.cast(r, session, first, "member", new Ballot(Outcome.WARNING, 10), NOW);
        assertSame(first, changed, "the earlier vote is changed, not doubled");
        assertEquals(Outcome.WARNING, changed.getVote());
        assertEquals(null, changed.getSuspensionDays(), "days belong to suspensions only");
    }
}
