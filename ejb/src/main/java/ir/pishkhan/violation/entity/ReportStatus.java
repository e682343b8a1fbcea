package ir.pishkhan.violation.entity;

/**
 * Where a violation report stands: REPORTED → screened (DISMISSED or ACCEPTED) → NOTICE_SENT to
 * the office → ON_AGENDA of a working-group session → DECIDED.
 */
public enum ReportStatus {
    REPORTED("ثبت‌شده، در انتظار بررسی اولیه"),
    DISMISSED("ردشده در بررسی اولیه"),
    ACCEPTED("پذیرفته‌شده"),
    NOTICE_SENT("اخطاریه ارسال‌شده"),
    ON_AGENDA("در دستور کار کارگروه"),
    DECIDED("تصمیم‌گیری‌شده");

    private final String persianName;

    ReportStatus(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }

    /** Still on its way to a decision. */
    public boolean isOpen() {
        return this != DISMISSED && this != DECIDED;
    }
}
