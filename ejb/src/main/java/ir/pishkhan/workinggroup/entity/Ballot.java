package ir.pishkhan.workinggroup.entity;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.violation.entity.Outcome;

/** What a member votes for: an outcome and, for a suspension, its days (1–365). */
public record Ballot(Outcome outcome, Integer suspensionDays) implements java.io.Serializable {

    /** Refuses a ballot without an outcome ({@code OUTCOME_REQUIRED}) or with a suspension of no valid length. */
    public void requireComplete() {
        if (outcome == null) {
            throw BusinessException.invalid("OUTCOME_REQUIRED", "رأی خود را انتخاب کنید.", "Choose your vote.");
        }
        Outcome.requireSuspensionDays(outcome, suspensionDays);
    }
}
