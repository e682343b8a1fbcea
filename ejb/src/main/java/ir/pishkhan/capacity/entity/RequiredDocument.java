package ir.pishkhan.capacity.entity;

/** The documents an application must show before a licence can be issued on it. */
public enum RequiredDocument {
    NATIONAL_ID_CARD("کارت ملی"),
    BIRTH_CERTIFICATE("شناسنامه"),
    EDUCATION_CERTIFICATE("مدرک تحصیلی"),
    MILITARY_SERVICE_STATUS("وضعیت نظام وظیفه"),
    CRIMINAL_RECORD_CLEARANCE("گواهی عدم سوء پیشینه"),
    NO_ADDICTION_CERTIFICATE("گواهی عدم اعتیاد"),
    PREMISES_DEED_OR_LEASE("سند یا اجاره‌نامهٔ محل"),
    PHOTO("عکس");

    private final String persianName;

    RequiredDocument(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
