package ir.pishkhan.license.entity;

/**
 * The checks a transfer (واگذاری) needs, each recorded with its date and result: the new
 * holder's security vetting and five inquiries, the old holder's clearance from the contracting
 * agencies, and the new holder's signed undertaking.
 */
public enum TransferCheck {
    SECURITY_VETTING("تأیید صلاحیت امنیتی"),
    CRIMINAL_RECORD("استعلام سوء پیشینه"),
    ADDICTION("استعلام عدم اعتیاد"),
    TAX("استعلام مالیاتی"),
    BANK("استعلام بانکی"),
    INSURANCE("استعلام بیمه"),
    AGENCY_CLEARANCE("مفاصاحساب دستگاه‌های طرف قرارداد"),
    UNDERTAKING("تعهدنامهٔ دارندهٔ تازه");

    private final String persianName;

    TransferCheck(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
