package ir.pishkhan.rollout.entity;

/** Where an import stands: checked (with or without errors), then committed by the batch job. */
public enum ImportStatus {
    /** Dry run done, no errors: may be committed. */
    CHECKED("بررسی‌شده، آمادهٔ ثبت"),
    /** Dry run found errors: fix the file and upload it again. */
    HAS_ERRORS("دارای خطا"),
    /** The batch job is writing it. */
    RUNNING("در حال ثبت"),
    /** Stopped by the administrator (or the server went down); may be resumed. */
    STOPPED("متوقف"),
    /** Every row written. */
    COMPLETED("پایان‌یافته"),
    /** The job failed; may be resumed. */
    FAILED("ناموفق");

    private final String persianName;

    ImportStatus(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
