package ir.pishkhan.violation.control;

import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.violation.entity.Outcome;
import ir.pishkhan.violation.entity.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The repeat-offence ladder (تشدید مجازات در تکرار تخلف): from the office's decided violations of
 * the last 12 months, the sanction to suggest for the one at hand. Three rules, the harshest wins:
 * <ol>
 *   <li>the category's severity sets the first-offence sanction (MINOR → warning, MAJOR →
 *       written warning, CRITICAL → suspension);</li>
 *   <li>steps: "{@code n} earlier sanctions of one kind → this sanction" (default: three
 *       warnings → suspension, two written warnings → suspension, two suspensions → revocation);</li>
 *   <li>points: the 12-month points with this violation's reaching a threshold (default 60 →
 *       suspension, 100 → revocation).</li>
 * </ol>
 * Configured as text so an operator can change it without a release:
 * {@code WARNING*3=SUSPENSION,WRITTEN_WARNING*2=SUSPENSION,SUSPENSION*2=REVOCATION_RECOMMENDED} and
 * {@code 60=SUSPENSION,100=REVOCATION_RECOMMENDED}.
 */
public final class SanctionLadder {

    public static final String DEFAULT_STEPS = "WARNING*3=SUSPENSION,WRITTEN_WARNING*2=SUSPENSION,SUSPENSION*2=REVOCATION_RECOMMENDED";
    public static final String DEFAULT_POINTS = "60=SUSPENSION,100=REVOCATION_RECOMMENDED";

    /** "{@code count} earlier {@code earlier} → suggest {@code then}". */
    public record Step(Outcome earlier, int count, Outcome then) implements java.io.Serializable {
    }

    /** "12-month points reaching {@code points} → suggest {@code then}". */
    public record Threshold(int points, Outcome then) implements java.io.Serializable {
    }

    /** One earlier decided violation of the office within the 12 months. */
    public record Earlier(Outcome outcome, int points) implements java.io.Serializable {
    }

    /** The suggestion and why (Persian, for the decision screen). */
    public record Suggestion(Outcome outcome, int pointsBefore, int pointsWith, List<String> reasonsFa) implements java.io.Serializable {
    }

    private final List<Step> steps;
    private final List<Threshold> thresholds;

    public SanctionLadder(List<Step> steps, List<Threshold> thresholds) {
        this.steps = List.copyOf(steps);
        this.thresholds = List.copyOf(thresholds);
    }

    /** Parses the two settings; a malformed rule is a start-up error, not a silent default. */
    public static SanctionLadder parse(String steps, String points) {
        List<Step> s = new ArrayList<>();
        for (String rule : steps.split(",")) {
            if (rule.isBlank()) {
                continue;
            }
            String[] lr = rule.trim().split("=");
            String[] left = lr[0].split("\\*");
            if (lr.length != 2 || left.length != 2) {
                throw new IllegalArgumentException("Ladder step must look like WARNING*3=SUSPENSION: " + rule);
            }
            s.add(new Step(Outcome.valueOf(left[0].trim()), Integer.parseInt(left[1].trim()), Outcome.valueOf(lr[1].trim())));
        }
        List<Threshold> t = new ArrayList<>();
        for (String rule : points.split(",")) {
            if (rule.isBlank()) {
                continue;
            }
            String[] lr = rule.trim().split("=");
            if (lr.length != 2) {
                throw new IllegalArgumentException("Points rule must look like 60=SUSPENSION: " + rule);
            }
            t.add(new Threshold(Integer.parseInt(lr[0].trim()), Outcome.valueOf(lr[1].trim())));
        }
        return new SanctionLadder(s, t);
    }

    public Suggestion suggest(Severity severity, int points, List<Earlier> earlier) {
        List<String> reasons = new ArrayList<>();
        Outcome suggestion = severity.firstOffence();
        reasons.add("شدت تخلف «" + severity.persianName() + "»: " + suggestion.persianName());
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        int before = 0;
        for (Earlier e : earlier) {
            counts.merge(e.outcome(), 1, Integer::sum);
            before += e.points();
        }
        for (Step step : steps) {
            int n = counts.getOrDefault(step.earlier(), 0);
            if (n >= step.count() && step.then().ordinal() > suggestion.ordinal()) {
                suggestion = step.then();
                reasons.add(PersianNumbers.quantity(n) + " بار «" + step.earlier().persianName() + "» در ۱۲ ماه گذشته: " + step.then().persianName());
            }
        }
        int with = before + points;
        for (Threshold th : thresholds) {
            if (with >= th.points() && th.then().ordinal() > suggestion.ordinal()) {
                suggestion = th.then();
                reasons.add("امتیاز منفی ۱۲ ماه به " + PersianNumbers.quantity(with) + " می‌رسد (آستانهٔ " + PersianNumbers.quantity(th.points()) + "): " + th.then().persianName());
            }
        }
        return new Suggestion(suggestion, before, with, reasons);
    }

    /**
     * What the office's record alone calls for, before any new violation: the harshest step or
     * points threshold its 12-month history already reaches, or {@code null} if none. The
     * nightly check keeps this per licence so the county sees offices heading for a sanction.
     */
    public Outcome standing(List<Earlier> earlier) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        int points = 0;
        for (Earlier e : earlier) {
            counts.merge(e.outcome(), 1, Integer::sum);
            points += e.points();
        }
        Outcome worst = null;
        for (Step step : steps) {
            if (counts.getOrDefault(step.earlier(), 0) >= step.count()) {
                worst = worst == null ? step.then() : Outcome.harsher(worst, step.then());
            }
        }
        for (Threshold th : thresholds) {
            if (points >= th.points()) {
                worst = worst == null ? th.then() : Outcome.harsher(worst, th.then());
            }
        }
        return worst;
    }

    /** The ladder as configured for this deployment. */
    public static SanctionLadder configured() {
        return parse(Setting.VIOLATION_LADDER.optionalText().orElse(DEFAULT_STEPS),
                Setting.VIOLATION_POINTS_LADDER.optionalText().orElse(DEFAULT_POINTS));
    }
}
