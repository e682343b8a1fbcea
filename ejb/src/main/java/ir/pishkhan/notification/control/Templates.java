package ir.pishkhan.notification.control;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Persian text of every notification template, with {@code {name}} placeholders filled
 * from the message's parameters. An unknown template or a missing parameter is an error at
 * delivery (the message is retried and, if never fixed, shows as FAILED), never a half-filled
 * text sent to a citizen.
 */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** Subject (for e-mail) and body of each template. */
    public record Text(String subject, String body) implements java.io.Serializable {
    }

    private static final Map<String, Text> TEXTS = Map.ofEntries(
            Map.entry("RENEWAL_REMINDER", new Text("یادآوری تمدید پروانه",
                    "دارندهٔ گرامی پروانهٔ {licenseNumber} ({officeName})، اعتبار پروانهٔ شما {days} روز دیگر در {expiry} به پایان می‌رسد. برای تمدید به ادارهٔ پست شهرستان مراجعه کنید.")),
            Map.entry("LICENSE_EXPIRED", new Text("انقضای پروانه",
                    "پروانهٔ {licenseNumber} ({officeName}) به دلیل تمدیدنشدن تا پایان مهلت، از {closedOn} منقضی شد.")),
            Map.entry("LICENSE_REINSTATED", new Text("رفع تعلیق پروانه",
                    "دورهٔ تعلیق پروانهٔ {licenseNumber} ({officeName}) به پایان رسید و پروانه دوباره فعال است.")),
            Map.entry("INVITATION_LAPSED", new Text("پایان مهلت دعوت‌نامه",
                    "مهلت پاسخ به دعوت‌نامهٔ صدور پروانه در {county} در {deadline} به پایان رسید و ظرفیت به متقاضی بعدی رسید.")),
            Map.entry("DEADLINE_ESCALATED", new Text("ارجاع مهلت گذشته",
                    "{supervisor} گرامی، {item} در {county} از مهلت {due} گذشته و رسیدگی نشده است. لطفاً پیگیری کنید.")),
            Map.entry("OFFENCE_STANDING", new Text("امتیاز منفی دفتر",
                    "امتیاز منفی ۱۲ ماه دفتر {officeName} (پروانهٔ {licenseNumber}) به {points} رسید؛ پیشنهاد نردبان مجازات: {suggested}.")),
            Map.entry("INSPECTION_DUE", new Text("موعد بازرسی دوره‌ای",
                    "بازرسی دوره‌ای دفتر {officeName} (پروانهٔ {licenseNumber}) تا {due} باید انجام شود.")),
            Map.entry("INSPECTION_OVERDUE", new Text("بازرسی دوره‌ای معوق",
                    "بازرسی دوره‌ای دفتر {officeName} (پروانهٔ {licenseNumber}) از موعد {due} گذشته و انجام نشده است.")),
            Map.entry("OCCUPANCY_DRIFT", new Text("هشدار ناهمخوانی ظرفیت",
                    "دفتر ظرفیت {county} ({officeType}) {booked} ظرفیت اشغال‌شده ثبت کرده اما شمارش پروانه‌ها و دعوت‌ها {counted} است.")),
            Map.entry("VIOLATION_NOTICE", new Text("اخطاریهٔ تخلف",
                    "برای دفتر {officeName} (پروانهٔ {licenseNumber}) تخلف «{category}» ثبت شده است. مهلت دفاع تا {defenceDue}.")),
            Map.entry("VIOLATION_DECIDED", new Text("تصمیم کارگروه",
                    "کارگروه دربارهٔ تخلف پروانهٔ {licenseNumber} تصمیم گرفت: {decision}.")),
            Map.entry("REVOCATION_CASE_OPENED", new Text("پروندهٔ لغو پروانه",
                    "پروندهٔ پیشنهاد لغو پروانهٔ {licenseNumber} از {county} برای تصمیم استان ارسال شد.")),
            Map.entry("REVOCATION_RETURNED", new Text("بازگشت پروندهٔ لغو",
                    "پروندهٔ لغو پروانهٔ {licenseNumber} برای تکمیل بازگشت: {note}")),
            Map.entry("LICENSE_REVOKED", new Text("لغو پروانه",
                    "پروانهٔ {licenseNumber} ({officeName}) با تأیید استان لغو شد.")),
            Map.entry("LICENSE_REVOKED_COUNTY", new Text("لغو پروانه",
                    "پروانهٔ {licenseNumber} ({officeName}) لغو شد و ظرفیت آن آزاد شد.")),
            Map.entry("CONTRACT_ENDED_BY_REVOCATION", new Text("پایان قرارداد با دفتر",
                    "با لغو پروانهٔ {licenseNumber} ({officeName}) در {county}، قرارداد دستگاه با این دفتر پایان یافت.")),
            Map.entry("COMPLAINT_FILED", new Text("شکایت تازه",
                    "شکایتی با کد رهگیری {trackingCode} دربارهٔ پروانهٔ {licenseNumber} ثبت شد.")),
            Map.entry("COMPLAINT_ANSWERED", new Text("پاسخ شکایت",
                    "شکایت شما با کد رهگیری {trackingCode} بررسی شد: {status}.")),
            // The roll-out: an account brought in from a province's old register.
            Map.entry("ACCOUNT_IMPORTED", new Text("حساب کاربری سامانهٔ پیشخوان",
                    "{displayName} گرامی، حساب کاربری شما در سامانهٔ پیشخوان ساخته شد. نام کاربری: {username} — گذرواژهٔ یک‌بارمصرف: {password} — در نخستین ورود گذرواژهٔ تازه‌ای برگزینید.")));

    private Templates() {
    }

    public static boolean exists(String template) {
        return TEXTS.containsKey(template);
    }

    /** The template filled with the parameters. */
    public static Text render(String template, Map<String, ?> params) {
        Text t = TEXTS.get(template);
        if (t == null) {
            throw new IllegalArgumentException("Unknown notification template " + template);
        }
        return new Text(fill(t.subject(), params), fill(t.body(), params));
    }

    private static String fill(String text, Map<String, ?> params) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = params.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("Parameter " + m.group(1) + " missing");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(v)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
