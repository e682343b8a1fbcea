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
    CORRECTED("اصلاح اطلاعات");

    private final String persianName;

    LicenseEventType(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
