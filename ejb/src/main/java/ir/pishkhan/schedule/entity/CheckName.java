package ir.pishkhan.schedule.entity;

/** The scheduled checks of DOMAIN.md, in the order they run at night, and notification delivery. */
public enum CheckName {
    RENEWAL_REMINDERS("یادآوری تمدید پروانه (۹۰، ۳۰ و ۷ روز مانده)"),
    EXPIRY("انقضای پروانه‌های گذشته از مهلت تمدید"),
    SUSPENSION_END("رفع تعلیق پروانه‌های پایان‌یافته"),
    INVITATION_LAPSE("انقضای دعوت‌نامه‌های بی‌پاسخ"),
    MISSED_DEADLINES("پیگیری مهلت‌های گذشته و ارجاع به سرپرست"),
    OFFENCE_POINTS("محاسبهٔ امتیاز منفی و پیشنهاد مجازات"),
    INSPECTIONS_DUE("بازرسی‌های موعددار و معوق"),
    OCCUPANCY_RECOUNT("بازشماری ظرفیت اشغال‌شده"),
    NOTIFICATION_DELIVERY("ارسال پیامک و رایانامه‌های صف");

    private final String persianName;

    CheckName(String persianName) {
        this.persianName = persianName;
    }

    public String persianName() {
        return persianName;
    }
}
