package ir.pishkhan.violation.entity;

/**
 * What the working group decides on a report, from mildest to harshest (the order matters: the
 * repeat-offence ladder only ever suggests something harsher).
 */
public enum Outcome {
    DISMISSED("رد گزارش"),
    WARNING("تذکر"),
    WRITTEN_WARNING("اخطار کتبی"),
    SUSPENSION("تعلیق"),
    REVOCATION_RECOMMENDED("پیشنهاد لغو پروانه");

    private final String persianName;

    Outcome(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }

    /** A suspension lasts 1 to 365 days ({@code SUSPENSION_DAYS_INVALID}); other outcomes take no days. */
    public static void requireSuspensionDays(Outcome outcome, Integer days) {
        if (outcome == SUSPENSION && (days == null || days < 1 || days > 365)) {
            throw ReportRefusals.suspensionDaysInvalid();
        }
    }

    public static Outcome harsher(Outcome a, Outcome b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
