package ir.pishkhan.workinggroup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.license.entity.LicenseTest;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.violation.entity.Outcome;
import ir.pishkhan.violation.entity.ReportSource;
import ir.pishkhan.violation.entity.ReportStatus;
import ir.pishkhan.violation.entity.Ruling;
import ir.pishkhan.violation.entity.Severity;
import ir.pishkhan.violation.entity.ViolationCategory;
import ir.pishkhan.violation.entity.ViolationReport;
import ir.pishkhan.workinggroup.entity.Vote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The working group's decision rules, without a database: quorum, every present vote, majority, then the report. */
class DeliberationTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Ruling WARNING = new Ruling(Outcome.WARNING, null, "استدلال کافی و روشن");

    /** A report on an agenda whose defence deadline has passed by {@code TODAY}. */
    static ViolationReport onAgenda() throws Exception {
        ViolationReport r = new ViolationReport(LicenseTest.license(),
                new ViolationCategory("OVERCHARGING", "دریافت وجه اضافه", Severity.MAJOR, 20), ReportSource.AGENCY,
                ir.pishkhan.office.entity.Agency.GAS, "دریافت وجه اضافه از مشترکان", TODAY.minusDays(10), "gas.reporter",
                TODAY.minusDays(7), NOW);
        r.screen(true, null, "clerk", NOW);
        r.sendNotice(TODAY.minusDays(1), NOW);
        r.putOnAgenda(1);
        return r;
    }

    static Vote vote(String member, Outcome outcome) {
        return new Vote(1L, member, outcome, outcome == Outcome.SUSPENSION ? 10 : null, NOW);
    }

    static String code(Runnable r) {
        return assertThrows(BusinessException.class, r::run).code();
    }

    @Test
    void noQuorumWithoutMembersOrWithTooFewPresent() throws Exception {
        ViolationReport r = onAgenda();
        assertEquals("NO_QUORUM", code(() -> new Deliberation(0, 1, List.of(), List.of()).decide(r, WARNING, "s", TODAY, NOW)));
        Deliberation twoOfFive = new Deliberation(5, 3, List.of("a", "b"), List.of(vote("a", Outcome.WARNING),
                vote("b", Outcome.WARNING)));
        BusinessException e = assertThrows(BusinessException.class, () -> twoOfFive.decide(r, WARNING, "s", TODAY, NOW));
        assertEquals("NO_QUORUM", e.code());
        assertTrue(e.getMessage().contains("2 of 5 members present, 3 needed") || e.toString().contains("NO_QUORUM"));
        assertEquals(ReportStatus.ON_AGENDA, r.getStatus(), "a refused decision leaves the report as it was");
    }

    @Test
    void everyPresentMemberMustHaveVotedAndAbsentMembersVotesDoNotCount() throws Exception {
        ViolationReport r = onAgenda();
        // c voted but was absent: the vote does not count, and b (present) has not voted.
        Deliberation d = new Deliberation(3, 2, List.of("a", "b"), List.of(vote("a", Outcome.WARNING),
                vote("c", Outcome.WARNING)));
        assertEquals("VOTES_MISSING", code(() -> d.decide(r, WARNING, "s", TODAY, NOW)));
    }

    @Test
    void theDefenceMustBeSettledBeforeTheMajorityIsCounted() throws Exception {
        ViolationReport r = new ViolationReport(LicenseTest.license(),
                new ViolationCategory("OVERCHARGING", "دریافت وجه اضافه", Severity.MAJOR, 20), ReportSource.AGENCY,
                ir.pishkhan.office.entity.Agency.GAS, "دریافت وجه اضافه از مشترکان", TODAY.minusDays(1), "gas.reporter",
                TODAY.plusDays(3), NOW);
        r.screen(true, null, "clerk", NOW);
        r.sendNotice(TODAY.plusDays(7), NOW);
        r.putOnAgenda(1);
        Deliberation split = new Deliberation(2, 2, List.of("a", "b"), List.of(vote("a", Outcome.WARNING),
                vote("b", Outcome.DISMISSED)));
        assertEquals("DEFENCE_PENDING", code(() -> split.decide(r, WARNING, "s", TODAY, NOW)),
                "the defence comes before the majority");
    }

    @Test
    void theOutcomeNeedsMoreThanHalfOfThePresentMembersVotes() throws Exception {
        ViolationReport r = onAgenda();
        Deliberation tie = new Deliberation(4, 3, List.of("a", "b", "c", "d"), List.of(vote("a", Outcome.WARNING),
                vote("b", Outcome.WARNING), vote("c", Outcome.DISMISSED), vote("d", Outcome.DISMISSED)));
        assertEquals("NO_MAJORITY", code(() -> tie.decide(r, WARNING, "s", TODAY, NOW)), "half is not a majority");
        assertEquals("NO_MAJORITY", code(() -> tie.decide(r, new Ruling(null, null, "استدلال کافی و روشن"), "s", TODAY, NOW)));
        Deliberation majority = new Deliberation(4, 3, List.of("a", "b", "c"), List.of(vote("a", Outcome.WARNING),
                vote("b", Outcome.WARNING), vote("c", Outcome.DISMISSED)));
        assertEquals("NO_MAJORITY", code(() -> majority.decide(r, new Ruling(Outcome.DISMISSED, null, "استدلال کافی و روشن"),
                "s", TODAY, NOW)));
        majority.decide(r, WARNING, "s", TODAY, NOW);
        assertEquals(ReportStatus.DECIDED, r.getStatus());
        assertEquals(Outcome.WARNING, r.getDecision());
    }

    @Test
    void theReportsOwnRulesComeLast() throws Exception {
        ViolationReport r = onAgenda();
        Deliberation all = new Deliberation(1, 1, List.of("a"), List.of(vote("a", Outcome.WARNING)));
        assertEquals("RATIONALE_REQUIRED", code(() -> all.decide(r, new Ruling(Outcome.WARNING, null, "کوتاه"), "s", TODAY, NOW)));
    }

    @Test
    void onlyAReportOnAnAgendaIsDecided() throws Exception {
        ViolationReport r = onAgenda();
        Deliberation.requireOnAgenda(r);
        new Deliberation(1, 1, List.of("a"), List.of(vote("a", Outcome.WARNING))).decide(r, WARNING, "s", TODAY, NOW);
        assertEquals("NOT_ON_AGENDA", code(() -> Deliberation.requireOnAgenda(r)));
    }

    @Test
    void theSittingOfTheMinutesGivesMembersQuorumAndPresence() throws Exception {
        MinutesData sitting = new MinutesData("کوار", "فارس", TODAY, "10:00", "سالن", "دبیر", 3, 2,
                List.of(new MinutesData.Attendee("a", "الف", true), new MinutesData.Attendee("b", "ب", false),
                        new MinutesData.Attendee("c", "پ", true)), List.of(), NOW);
        ViolationReport r = onAgenda();
        // b voted but is absent: only a and c count, and both voted WARNING.
        Deliberation.of(sitting, List.of(vote("a", Outcome.WARNING), vote("b", Outcome.DISMISSED),
                vote("c", Outcome.WARNING))).decide(r, WARNING, "s", TODAY, NOW);
        assertEquals(ReportStatus.DECIDED, r.getStatus());
    }
}
