package ir.pishkhan.audit.control;

import java.util.Map;
import java.util.Set;

/**
 * The Persian words of the audit trail (واژه‌نامهٔ ردپای ممیزی), kept in this one place: the name
 * of every action code ({@code LICENSE_ISSUED} → «صدور پروانه»), of every kind of object a record
 * is about ({@code ServiceContract} → «قرارداد خدمت»), of the non-personal actors, and the Persian
 * reading of the reasons earlier versions of the application wrote in English.
 *
 * <p>Records keep their codes and stored reasons exactly as written — the trail is hash-chained and
 * is never rewritten; this vocabulary only translates them for people (pages, charts, exports, the
 * API's {@code actionFa}). A code without a name shows as itself; the unit test {@code
 * AuditTermsTest} finds every code the code base writes and fails when one has no name here.
 */
public final class AuditTerms {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            // Places, rules, calendar and schedule
            Map.entry("COUNTY_ADDED", "افزودن شهرستان"),
            Map.entry("COUNTY_RENAMED", "تغییر نام شهرستان"),
            Map.entry("POLICY_CHANGED", "تغییر قواعد نوع دفتر"),
            Map.entry("FEE_SET", "تعیین هزینهٔ صدور"),
            Map.entry("CATEGORY_ADDED", "افزودن نوع تخلف"),
            Map.entry("CATEGORY_CHANGED", "ویرایش نوع تخلف"),
            Map.entry("DAYS_OFF_CHANGED", "تغییر تعطیلی‌های هفتگی"),
            Map.entry("HOLIDAY_ADDED", "افزودن تعطیل رسمی"),
            Map.entry("HOLIDAY_REMOVED", "حذف تعطیل رسمی"),
            Map.entry("CLOSURE_DECLARED", "اعلام تعطیلی استان"),
            Map.entry("CHECK_PAUSED", "توقف بررسی زمان‌بندی‌شده"),
            Map.entry("CHECK_RESUMED", "ازسرگیری بررسی زمان‌بندی‌شده"),
            Map.entry("CHECK_RUN_REQUESTED", "درخواست اجرای فوری بررسی"),
            Map.entry("CHECK_RESCHEDULED", "تغییر زمان بررسی"),
            // Accounts
            Map.entry("USER_CREATED", "ایجاد حساب کاربری"),
            Map.entry("USER_ENABLED", "فعال‌کردن حساب کاربری"),
            Map.entry("USER_DISABLED", "غیرفعال‌کردن حساب کاربری"),
            Map.entry("USER_LOCKED", "قفل‌شدن حساب پس از ورودهای ناموفق"),
            Map.entry("USER_CONTACT_CHANGED", "تغییر اطلاعات تماس کاربر"),
            Map.entry("USER_HOME_PROVINCE_CHANGED", "تغییر استان حساب کاربری"),
            Map.entry("ROLE_GRANTED", "اعطای نقش"),
            Map.entry("ROLE_REVOKED", "پس‌گرفتن نقش"),
            Map.entry("PASSWORD_RESET", "بازنشانی گذرواژه"),
            Map.entry("PASSWORD_CHANGED", "تغییر گذرواژه"),
            // Capacity and the waitlist
            Map.entry("CAPACITY_SET", "تعیین ظرفیت"),
            Map.entry("APPLICATION_SUBMITTED", "ثبت درخواست متقاضی"),
            Map.entry("APPLICATION_WITHDRAWN", "انصراف متقاضی"),
            Map.entry("INVITATION_SENT", "دعوت از متقاضی"),
            Map.entry("INVITATION_ACCEPTED", "پذیرش دعوت"),
            Map.entry("INVITATION_DECLINED", "نپذیرفتن دعوت"),
            Map.entry("INVITATION_LAPSED", "سپری‌شدن مهلت دعوت"),
            // Licences and contracts
            Map.entry("LICENSE_ISSUED", "صدور پروانه"),
            Map.entry("LICENSE_RENEWED", "تمدید پروانه"),
            Map.entry("LICENSE_TRANSFERRED", "واگذاری پروانه"),
            Map.entry("LICENSE_RELOCATED", "جابه‌جایی دفتر"),
            Map.entry("BOOTH_ADDED", "ثبت غرفهٔ موقت"),
            Map.entry("LICENSE_SURRENDERED", "ابطال به درخواست دارنده"),
            Map.entry("LICENSE_SUSPENDED", "تعلیق پروانه"),
            Map.entry("LICENSE_REINSTATED", "رفع تعلیق پروانه"),
            Map.entry("LICENSE_EXPIRED", "انقضای پروانه"),
            Map.entry("LICENSE_REVOKED", "لغو پروانه"),
            Map.entry("CONTRACT_ADDED", "ثبت قرارداد خدمت"),
            Map.entry("CONTRACT_SUSPENDED", "تعلیق قرارداد خدمت"),
            Map.entry("CONTRACT_ENDED", "پایان قرارداد خدمت"),
            Map.entry("LICENSE_CORRECTED", "اصلاح اطلاعات پروانه"),
            Map.entry("CONTRACT_CORRECTED", "اصلاح اطلاعات قرارداد خدمت"),
            // Violations, complaints and inspections
            Map.entry("VIOLATION_REPORTED", "ثبت گزارش تخلف"),
            Map.entry("VIOLATION_ACCEPTED", "پذیرش گزارش تخلف"),
            Map.entry("VIOLATION_DISMISSED", "رد گزارش تخلف"),
            Map.entry("VIOLATION_NOTICE_SENT", "ارسال اخطاریه"),
            Map.entry("VIOLATION_DEFENDED", "ثبت دفاعیهٔ دفتر"),
            Map.entry("ATTACHMENT_ADDED", "افزودن پیوست"),
            Map.entry("COMPLAINT_FILED", "ثبت شکایت شهروند"),
            Map.entry("COMPLAINT_ACCEPTED", "پذیرش شکایت"),
            Map.entry("COMPLAINT_REJECTED", "رد شکایت"),
            Map.entry("COMPLAINT_RATED", "امتیاز شهروند به رسیدگی"),
            Map.entry("INSPECTION_RECORDED", "ثبت بازرسی"),
            Map.entry("DEADLINE_ESCALATED", "ارجاع مورد دیرکرده به مسئول بالاتر"),
            // Working group and revocation
            Map.entry("WG_SESSION_SCHEDULED", "تعیین جلسهٔ کارگروه"),
            Map.entry("WG_ATTENDANCE_RECORDED", "ثبت حضور و غیاب جلسه"),
            Map.entry("VIOLATION_ON_AGENDA", "طرح گزارش در دستور جلسه"),
            Map.entry("WG_VOTE_CAST", "ثبت رأی عضو کارگروه"),
            Map.entry("VIOLATION_DECIDED", "تصمیم کارگروه"),
            Map.entry("REVOCATION_CASE_OPENED", "تشکیل پروندهٔ لغو پروانه"),
            Map.entry("REVOCATION_APPROVE", "تأیید لغو پروانه از سوی استان"),
            Map.entry("REVOCATION_REJECT", "رد پیشنهاد لغو از سوی استان"),
            Map.entry("REVOCATION_RETURN", "بازگرداندن پرونده به کارگروه"),
            Map.entry("REVOCATION_RESUBMITTED", "ارسال دوبارهٔ پرونده به استان"),
            // Roll-out
            Map.entry("IMPORT_CHECKED", "بررسی پروندهٔ ورود اطلاعات"),
            Map.entry("IMPORT_COMMITTED", "آغاز ثبت پروندهٔ ورود اطلاعات"),
            Map.entry("IMPORT_STOPPED", "توقف ثبت پروندهٔ ورود اطلاعات"),
            Map.entry("IMPORT_RESUMED", "ادامهٔ ثبت پروندهٔ ورود اطلاعات"),
            Map.entry("IMPORT_COMPLETED", "پایان ثبت پروندهٔ ورود اطلاعات"),
            Map.entry("IMPORT_PASSWORDS_SHOWN", "نمایش گذرواژه‌های یک‌بارمصرف ورود اطلاعات"),
            Map.entry("IMPORTED", "ورود از سامانهٔ پیشین"));

    private static final Map<String, String> OBJECT_TYPES = Map.ofEntries(
            Map.entry("Province", "استان"),
            Map.entry("County", "شهرستان"),
            Map.entry("OfficeTypePolicy", "قواعد نوع دفتر"),
            Map.entry("FeeSchedule", "هزینهٔ صدور"),
            Map.entry("ViolationCategory", "نوع تخلف"),
            Map.entry("PublicHoliday", "تعطیل رسمی"),
            Map.entry("Closure", "تعطیلی استان"),
            Map.entry("CheckSchedule", "بررسی زمان‌بندی‌شده"),
            Map.entry("UserAccount", "حساب کاربری"),
            Map.entry("CapacityBook", "دفتر ظرفیت"),
            Map.entry("Application", "درخواست متقاضی"),
            Map.entry("License", "پروانه"),
            Map.entry("ServiceContract", "قرارداد خدمت"),
            Map.entry("ViolationReport", "گزارش تخلف"),
            Map.entry("Complaint", "شکایت"),
            Map.entry("Inspection", "بازرسی"),
            Map.entry("WgSession", "جلسهٔ کارگروه"),
            Map.entry("RevocationCase", "پروندهٔ لغو پروانه"),
            Map.entry("Import", "پروندهٔ ورود اطلاعات"));

    /** Actors that are not a person's username. */
    private static final Map<String, String> ACTORS = Map.of(
            "system", "سامانه",
            "anonymous", "شهروند (بدون ورود)");

    /**
     * Reasons the application itself wrote in English before it wrote them in Persian. Stored
     * records keep them; people read the Persian. The Persian texts are the ones written now.
     */
    private static final Map<String, String> LEGACY_REASONS = Map.of(
            "A slot is free in the county", "ظرفیت خالی در شهرستان",
            "direct issuance", "صدور مستقیم، بدون صف انتظار",
            "Demo data", "دادهٔ نمایشی",
            "Demo account (demo mode)", "حساب نمایشی (حالت نمایشی)",
            "First administrator, created at start-up", "نخستین مدیر سامانه، ساخته‌شده هنگام راه‌اندازی",
            "Deadline missed", "مهلت سپری شد",
            "Not renewed by the end of the grace period", "تا پایان مهلت ارفاق تمدید نشد",
            "The suspension ended", "دورهٔ تعلیق به پایان رسید",
            "No answer by the deadline", "تا پایان مهلت پاسخی داده نشد");

    private AuditTerms() {
    }

    /** The Persian name of an action code, or the code itself if it has none. */
    public static String action(String code) {
        return code == null ? "" : ACTIONS.getOrDefault(code, code);
    }

    /** The Persian name of a kind of object ({@code License} → «پروانه»), or the type itself. */
    public static String objectType(String type) {
        return type == null ? "" : OBJECT_TYPES.getOrDefault(type, type);
    }

    /** «سامانه» for the system, «شهروند (بدون ورود)» for an anonymous citizen, else the username. */
    public static String actor(String actor) {
        return actor == null ? "" : ACTORS.getOrDefault(actor, actor);
    }

    /** A stored reason as people read it: the Persian of a known English one, else as stored. */
    public static String reason(String stored) {
        return stored == null ? null : LEGACY_REASONS.getOrDefault(stored, stored);
    }

    /** Whether {@code code} has a Persian name. */
    public static boolean knowsAction(String code) {
        return ACTIONS.containsKey(code);
    }

    /** Whether {@code type} has a Persian name. */
    public static boolean knowsObjectType(String type) {
        return OBJECT_TYPES.containsKey(type);
    }

    /** Every action code with a name, e.g. for a filter's choices. */
    public static Set<String> actions() {
        return ACTIONS.keySet();
    }

    /** Every object type with a name. */
    public static Set<String> objectTypes() {
        return OBJECT_TYPES.keySet();
    }
}
