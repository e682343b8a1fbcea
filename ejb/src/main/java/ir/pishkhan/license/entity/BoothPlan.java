package ir.pishkhan.license.entity;

import java.time.LocalDate;

/** A temporary booth the working group approved: where, from which day to which (both included), and the approval. */
public record BoothPlan(String place, LocalDate from, LocalDate to, String approvalRef) {
}
