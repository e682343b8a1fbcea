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

    public static Outcome harsher(Outcome a, Outcome b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
