package ir.pishkhan.inspection.entity;

/**
 * The inspection checklist (فهرست بازرسی) and, for each item, the violation category a failure
 * is reported under.
 */
public enum ChecklistItem {
    MANAGER_PRESENT("حضور مدیر دفتر", "MANAGER_ABSENT"),
    SIGNBOARD("تابلوی دفتر", "SIGNBOARD_OR_EQUIPMENT"),
    EQUIPMENT("تجهیزات لازم", "SIGNBOARD_OR_EQUIPMENT"),
    TARIFF_LIST("نصب فهرست تعرفه‌ها در دید مراجعان", "OVERCHARGING"),
    OPENING_HOURS("رعایت ساعات کاری", "CLOSED_IN_WORKING_HOURS"),
    STAFF_TRAINED("آموزش‌دیدگی کارکنان", "UNTRAINED_STAFF");

    private final String persianName;
    private final String categoryCode;

    ChecklistItem(String persianName, String categoryCode) {
        this.persianName = persianName;
        this.categoryCode = categoryCode;
    }

    public String persianName() {
        return persianName;
    }

    /** The violation category a failure of this item is reported under. */
    public String categoryCode() {
        return categoryCode;
    }
}
