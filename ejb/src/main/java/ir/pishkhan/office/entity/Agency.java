package ir.pishkhan.office.entity;

/** The contracting agencies (دستگاه‌های طرف قرارداد) whose services counter offices deliver. */
public enum Agency {
    WATER("آب و فاضلاب"),
    ELECTRICITY("توزیع برق"),
    GAS("گاز"),
    TELECOM("مخابرات"),
    POST("پست"),
    POST_BANK("پست بانک"),
    INSURANCE("تأمین اجتماعی و بیمه"),
    AGRICULTURE("جهاد کشاورزی"),
    FINANCE("امور اقتصادی و دارایی"),
    STANDARDS("استاندارد"),
    MUNICIPALITY("شهرداری");

    private final String persianName;

    Agency(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
