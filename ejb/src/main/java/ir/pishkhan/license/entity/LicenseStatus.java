package ir.pishkhan.license.entity;

/** A licence's status (وضعیت پروانه). Only ACTIVE and SUSPENDED licences occupy a slot. */
public enum LicenseStatus {
    ACTIVE("فعال"),
    SUSPENDED("تعلیق"),
    EXPIRED("منقضی"),
    REVOKED("لغوشده"),
    SURRENDERED("ابطال به درخواست دارنده");

    private final String persianName;

    LicenseStatus(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }

    public boolean occupiesSlot() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
