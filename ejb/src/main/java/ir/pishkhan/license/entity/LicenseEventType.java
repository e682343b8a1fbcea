package ir.pishkhan.license.entity;

/** What happened to a licence; each is one entry of its never-rewritten history. */
public enum LicenseEventType {
    ISSUED("صدور"),
    RENEWED("تمدید"),
    RELOCATED("جابه‌جایی"),
    TRANSFERRED("واگذاری"),
    SUSPENDED("تعلیق"),
    REINSTATED("رفع تعلیق"),
    REVOKED("لغو"),
    EXPIRED("انقضا"),
    SURRENDERED("ابطال به درخواست دارنده"),
    CORRECTED("اصلاح اطلاعات"),
    /** Brought in by the roll-out: history from before this system (see {@link License#imported}). */
    IMPORTED("ورود از سامانهٔ پیشین");

    private final String persianName;

    LicenseEventType(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
