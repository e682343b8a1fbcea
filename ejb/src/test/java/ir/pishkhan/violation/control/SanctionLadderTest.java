package ir.pishkhan.violation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.violation.control.SanctionLadder.Earlier;
import ir.pishkhan.violation.entity.Outcome;
import ir.pishkhan.violation.entity.Severity;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The repeat-offence ladder with its default rules. */
class SanctionLadderTest {

    static final SanctionLadder LADDER = SanctionLadder.parse(SanctionLadder.DEFAULT_STEPS, SanctionLadder.DEFAULT_POINTS);

    static List<Earlier> times(int n, Outcome outcome, int points) {
        return Collections.nCopies(n, new Earlier(outcome, points));
    }

    @Test
    void aFirstOffenceGetsTheSanctionOfItsSeverity() {
        assertEquals(Outcome.WARNING, LADDER.suggest(Severity.MINOR, 5, List.of()).outcome());
        assertEquals(Outcome.WRITTEN_WARNING, LADDER.suggest(Severity.MAJOR, 20, List.of()).outcome());
        assertEquals(Outcome.SUSPENSION, LADDER.suggest(Severity.CRITICAL, 40, List.of()).outcome());
    }

    @Test
    void threeWarningsMakeTheFourthASuspensionButTwoDoNot() {
        assertEquals(Outcome.WARNING, LADDER.suggest(Severity.MINOR, 5, times(2, Outcome.WARNING, 5)).outcome());
        SanctionLadder.Suggestion s = LADDER.suggest(Severity.MINOR, 5, times(3, Outcome.WARNING, 5));
        assertEquals(Outcome.SUSPENSION, s.outcome());
        assertEquals(15, s.pointsBefore());
        assertEquals(20, s.pointsWith());
        assertEquals(2, s.reasonsFa().size(), "the severity and the step that raised it");
    }

    @Test
    void twoSuspensionsMakeTheNextARevocation() {
        assertEquals(Outcome.REVOCATION_RECOMMENDED,
                LADDER.suggest(Severity.MINOR, 5, times(2, Outcome.SUSPENSION, 0)).outcome());
    }

    @Test
    void pointsThresholdsCountTheViolationAtHand() {
        // 55 earlier points + 5 reaches 60 exactly: suspension; 95 + 5 reaches 100: revocation.
        assertEquals(Outcome.WARNING, LADDER.suggest(Severity.MINOR, 5, List.of(new Earlier(Outcome.WARNING, 54))).outcome());
        assertEquals(Outcome.SUSPENSION, LADDER.suggest(Severity.MINOR, 5, List.of(new Earlier(Outcome.WARNING, 55))).outcome());
        assertEquals(Outcome.REVOCATION_RECOMMENDED,
                LADDER.suggest(Severity.MINOR, 5, List.of(new Earlier(Outcome.WRITTEN_WARNING, 95))).outcome());
    }

    @Test
    void theLadderNeverSuggestsSomethingMilderThanTheSeverity() {
        SanctionLadder lenient = SanctionLadder.parse("WARNING*1=WARNING", "1=WARNING");
        assertEquals(Outcome.SUSPENSION, lenient.suggest(Severity.CRITICAL, 40, times(5, Outcome.WARNING, 5)).outcome());
    }

    @Test
    void malformedRulesFailLoudly() {
        assertThrows(IllegalArgumentException.class, () -> SanctionLadder.parse("WARNING=SUSPENSION", ""));
        assertThrows(IllegalArgumentException.class, () -> SanctionLadder.parse("WARNING*3=BANISHMENT", ""));
        assertThrows(IllegalArgumentException.class, () -> SanctionLadder.parse("", "sixty=SUSPENSION"));
    }

    @Test
    void theStandingIsWhatTheRecordAloneAlreadyCallsFor() {
        assertEquals(null, LADDER.standing(List.of()));
        assertEquals(null, LADDER.standing(times(2, Outcome.WARNING, 5)));
        assertEquals(Outcome.SUSPENSION, LADDER.standing(times(3, Outcome.WARNING, 5)));
        assertEquals(Outcome.SUSPENSION, LADDER.standing(times(1, Outcome.WRITTEN_WARNING, 60)));
        assertEquals(Outcome.REVOCATION_RECOMMENDED, LADDER.standing(times(2, Outcome.SUSPENSION, 10)));
        assertEquals(Outcome.REVOCATION_RECOMMENDED, LADDER.standing(times(5, Outcome.WARNING, 20)), "100 points");
    }
}
