package ir.pishkhan.violation.entity;

/**
 * What the working group rules on a report (رأی کارگروه): the outcome, the days of a suspension
 * and the written rationale. The report checks each part when it records the decision.
 */
public record Ruling(Outcome outcome, Integer suspensionDays, String rationale) implements java.io.Serializable {
}
