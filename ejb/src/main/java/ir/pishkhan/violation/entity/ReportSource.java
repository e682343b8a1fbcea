package ir.pishkhan.violation.entity;

/** Where a violation report came from. */
public enum ReportSource {
    AGENCY("دستگاه طرف قرارداد"),
    COMPLAINT("شکایت مردمی"),
    INSPECTION("بازرسی"),
    SYSTEM("پایش سامانه");

    private final String persianName;

    ReportSource(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
