package ir.pishkhan.violation.entity;

/** How grave a category of violation is; it sets the sanction suggested for a first offence. */
public enum Severity {
    MINOR("جزئی", Outcome.WARNING),
    MAJOR("متوسط", Outcome.WRITTEN_WARNING),
    CRITICAL("شدید", Outcome.SUSPENSION);

    private final String persianName;
    private final Outcome firstOffence;

    Severity(String persianName, Outcome firstOffence) {
        this.persianName = persianName;
        this.firstOffence = firstOffence;
    }

    public String persianName() {
        return persianName;
    }

    /** The sanction suggested when the office has no earlier offences. */
    public Outcome firstOffence() {
        return firstOffence;
    }
}
