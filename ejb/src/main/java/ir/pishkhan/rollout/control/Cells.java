package ir.pishkhan.rollout.control;

import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.capacity.entity.RequiredDocument;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.entity.LicenseNumber;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.identity.NationalCode;
import ir.pishkhan.shared.jalali.JalaliDateException;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.shared.text.PersianText;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of a roll-out file as people type them, read into values: Arabic ي/ك as Persian ی/ک,
 * stray and non-breaking spaces, direction marks, digits in any of the three sets (Persian,
 * Arabic-Indic, Latin), Jalali dates written with / or -, names or codes of office types,
 * statuses, agencies, roles and documents. Every reader takes the cell's text as it came from the
 * file and answers the value, or throws {@link Invalid} with what is wrong in Persian — the
 * caller puts the column's header before it.
 *
 * <p>Pure and thread-safe; the same text always gives the same answer.
 */
public final class Cells {

    /** The error text for a Gregorian date in a Jalali column (an Excel date cell gives one too). */
    public static final String GREGORIAN = "تاریخ میلادی است؛ تاریخ شمسی مانند ۱۴۰۲/۰۵/۱۰ وارد کنید";

    /** Characters that only separate or decorate: removed from a {@link #key}. */
    private static final Pattern KEY_NOISE = Pattern.compile("[\\s\\u200C\\u200D\\u0654\\-_*.:()\\[\\]«»\"']");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u202F\\-–—()]");
    /** A date whose first number is a year: y/m/d, y-m-d or y.m.d, optionally followed by a time. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    /** A date written day or month first with the year last (12/31/2021, 31.12.2021): Gregorian when the year is. */
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}(?:\\.0+)?");
    private static final Pattern PHONE = Pattern.compile("0\\d{10}");

    private static final Map<String, OfficeType> OFFICE_TYPES = new HashMap<>();
    private static final Map<String, Education> EDUCATION = new HashMap<>();
    private static final Map<String, LicenseStatus> LICENCE_STATUSES = new HashMap<>();
    private static final Map<String, ServiceContract.Status> CONTRACT_STATUSES = new HashMap<>();
    private static final Map<String, Agency> AGENCIES = new HashMap<>();
    private static final Map<String, Role> ROLES = new HashMap<>();
    private static final Map<String, RequiredDocument> DOCUMENTS = new HashMap<>();

    static {
        for (OfficeType t : OfficeType.values()) {
            OFFICE_TYPES.put(key(t.name()), t);
            OFFICE_TYPES.put(key(t.persianName()), t);
        }
        names(OFFICE_TYPES, OfficeType.GOVERNMENT_COUNTER, "پیشخوان", "دفتر پیشخوان", "پیشخوان خدمات دولت",
                "پیشخوان دولت", "دولت", "G", "شهری");
        names(OFFICE_TYPES, OfficeType.RURAL_ICT, "ICT روستایی", "روستایی", "ICT", "دفتر روستایی",
                "دفتر فناوری اطلاعات روستایی", "R");
        for (Education e : Education.values()) {
            EDUCATION.put(key(e.name()), e);
            EDUCATION.put(key(e.persianName()), e);
        }
        names(EDUCATION, Education.DIPLOMA, "دیپلم متوسطه");
        names(EDUCATION, Education.ASSOCIATE, "فوق دیپلم", "کاردانی");
        names(EDUCATION, Education.BACHELOR, "لیسانس", "کارشناسی");
        names(EDUCATION, Education.MASTER, "فوق لیسانس", "ارشد", "کارشناسی‌ارشد");
        names(EDUCATION, Education.DOCTORATE, "دکترا", "دکترای تخصصی", "PhD");
        for (LicenseStatus s : EnumSet.of(LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED, LicenseStatus.EXPIRED,
                LicenseStatus.REVOKED)) {
            LICENCE_STATUSES.put(key(s.name()), s);
            LICENCE_STATUSES.put(key(s.persianName()), s);
        }
        names(LICENCE_STATUSES, LicenseStatus.SUSPENDED, "معلق", "تعلیق‌شده", "در تعلیق");
        names(LICENCE_STATUSES, LicenseStatus.EXPIRED, "منقضی‌شده", "پایان‌یافته");
        names(LICENCE_STATUSES, LicenseStatus.REVOKED, "لغو", "لغو شده", "باطل‌شده");
        names(CONTRACT_STATUSES, ServiceContract.Status.ACTIVE, "ACTIVE", "فعال");
        names(CONTRACT_STATUSES, ServiceContract.Status.SUSPENDED, "SUSPENDED", "معلق", "تعلیق", "تعلیق‌شده");
        names(CONTRACT_STATUSES, ServiceContract.Status.ENDED, "ENDED", "پایان‌یافته", "پایان یافته", "خاتمه‌یافته",
                "پایان");
        for (Agency a : Agency.values()) {
            AGENCIES.put(key(a.name()), a);
            AGENCIES.put(key(a.persianName()), a);
        }
        names(AGENCIES, Agency.WATER, "آب", "آبفا", "شرکت آب و فاضلاب");
        names(AGENCIES, Agency.ELECTRICITY, "برق", "شرکت توزیع برق");
        names(AGENCIES, Agency.GAS, "شرکت گاز", "گاز استان");
        names(AGENCIES, Agency.INSURANCE, "تامین اجتماعی", "بیمه", "سازمان تأمین اجتماعی");
        names(AGENCIES, Agency.AGRICULTURE, "کشاورزی");
        names(AGENCIES, Agency.FINANCE, "دارایی", "امور اقتصادی", "اقتصاد و دارایی");
        for (Role r : Role.values()) {
            ROLES.put(key(r.name()), r);
            ROLES.put(key(r.persianName()), r);
        }
        names(ROLES, Role.POST_CLERK, "کارمند پست", "کارمند اداره پست", "کارمند");
        names(ROLES, Role.WG_MEMBER, "عضو کارگروه", "عضو کارگروه فرعی");
        names(ROLES, Role.WG_SECRETARY, "دبیر کارگروه");
        names(ROLES, Role.PROVINCE_OFFICIAL, "مسئول استانی", "کارشناس استان");
        names(ROLES, Role.AGENCY_REPORTER, "گزارشگر دستگاه", "گزارشگر");
        for (RequiredDocument d : RequiredDocument.values()) {
            DOCUMENTS.put(key(d.name()), d);
            DOCUMENTS.put(key(d.persianName()), d);
        }
        names(DOCUMENTS, RequiredDocument.CRIMINAL_RECORD_CLEARANCE, "عدم سوء پیشینه", "عدم سوءپیشینه",
                "گواهی عدم سوءپیشینه");
        names(DOCUMENTS, RequiredDocument.NO_ADDICTION_CERTIFICATE, "عدم اعتیاد");
        names(DOCUMENTS, RequiredDocument.PREMISES_DEED_OR_LEASE, "سند یا اجاره‌نامه", "اجاره‌نامه", "سند محل");
        names(DOCUMENTS, RequiredDocument.MILITARY_SERVICE_STATUS, "کارت پایان خدمت", "نظام وظیفه");
    }

    private Cells() {
    }

    /** What is wrong with a cell, in Persian, without the column's name. Cheap: no stack trace. */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Invalid(String persianMessage) {
            super(persianMessage, null, false, false);
        }

        public String persianMessage() {
            return getMessage();
        }
    }

    /**
     * The form in which names, sheet names and headers are compared: Persian letters, Latin
     * digits, lower case, without spaces, half-spaces, hamza marks or punctuation — so «پروانه
     * ها», «پروانه‌ها» and «پروانهها», or «كوار» and «کوار», are one name. Null for null.
     */
    public static String key(String text) {
        String k = PersianText.searchKey(text);
        if (k == null) {
            return null;
        }
        k = k.replace('\u06C0', '\u0647').replace('\u0623', '\u0627').replace('\u0625', '\u0627').replace('\u0624', '\u0648');
        return KEY_NOISE.matcher(k).replaceAll("");
    }

    /** The text normalised (Persian letters, single spaces), or null when the cell is empty. */
    public static String text(String cell) {
        String t = PersianText.normalize(cell);
        return t == null || t.isEmpty() ? null : t;
    }

    /** Whether the cell holds nothing but space. */
    public static boolean blank(String cell) {
        return text(cell) == null;
    }

    /** Normalised text of at most {@code max} characters. */
    public static String text(String cell, int max) {
        String t = text(cell);
        if (t != null && t.length() > max) {
            throw new Invalid("بیش از " + PersianNumbers.quantity(max) + " نویسه است (" + PersianNumbers.quantity(t.length())
                    + " نویسه)");
        }
        return t;
    }

    /** A ten-digit national code with a valid check digit. */
    public static String nationalCode(String cell) {
        String digits = PersianText.normalizeDigits(cell);
        try {
            return NationalCode.of(digits).value();
        } catch (NationalCode.InvalidNationalCodeException e) {
            String bare = digits == null ? "" : SEPARATORS.matcher(digits).replaceAll("");
            if (bare.matches("\\d{7,9}")) {
                throw new Invalid(withoutStop(e.persianMessage()) + "؛ کد ملی ده رقم است؛ اگر اکسل صفرهای آغاز آن را "
                        + "انداخته است، قالب ستون را «متن» کنید و کد را کامل بنویسید");
            }
            throw new Invalid(withoutStop(e.persianMessage()));
        }
    }

    /** A telephone number: eleven digits starting with 0 (a leading +98 or 0098 is read as 0). */
    public static String phone(String cell) {
        String digits = PersianText.normalizeDigits(cell);
        String bare = digits == null ? "" : SEPARATORS.matcher(digits).replaceAll("");
        if (bare.startsWith("+98")) {
            bare = "0" + bare.substring(3);
        } else if (bare.startsWith("0098")) {
            bare = "0" + bare.substring(4);
        }
        if (!PHONE.matcher(bare).matches()) {
            if (bare.matches("[1-9]\\d{9}")) {
                throw new Invalid("«" + PersianNumbers.digits(bare) + "» ده رقم است؛ شماره باید یازده رقم باشد و با ۰ آغاز شود "
                        + "(اگر اکسل صفر آغاز آن را انداخته است، قالب ستون را «متن» کنید)");
            }
            throw new Invalid("«" + PersianNumbers.digits(shown(cell)) + "» شمارهٔ تلفن نیست؛ شماره باید یازده رقم باشد و با ۰ آغاز شود");
        }
        return bare;
    }

    /**
     * A Jalali date: {@code 1402/05/10}, {@code ۱۴۰۲/۰۵/۱۰}, {@code 1402-5-10} or {@code 1402.05.10}.
     * A Gregorian date (a year from 1900 to 2100, however written) is refused with {@link #GREGORIAN}.
     */
    public static LocalDate date(String cell) {
        String t = PersianText.normalizeDigits(cell);
        if (t == null || t.isEmpty()) {
            throw new Invalid("خالی است");
        }
        t = t.strip();
        Matcher first = YEAR_FIRST.matcher(t);
        if (first.matches()) {
            int year = Integer.parseInt(first.group(1));
            if (year >= 1900 && year <= 2100) {
                throw new Invalid(GREGORIAN);
            }
            try {
                return JalaliDates.of(year, Integer.parseInt(first.group(2)), Integer.parseInt(first.group(3)));
            } catch (JalaliDateException e) {
                throw new Invalid(withoutStop(new JalaliDateException(cell.strip()).persianMessage()));
            }
        }
        Matcher last = YEAR_LAST.matcher(t);
        if (last.matches()) {
            int year = Integer.parseInt(last.group(3));
            if (year >= 1900 && year <= 2100) {
                throw new Invalid(GREGORIAN);
            }
        }
        throw new Invalid(withoutStop(new JalaliDateException(cell.strip()).persianMessage()));
    }

    /** A whole number from {@code min} to {@code max} (thousands separators allowed). */
    public static int integer(String cell, int min, int max) {
        String t = PersianText.normalizeDigits(cell);
        String bare = t == null ? "" : t.replace("\u066C", "").replace(",", "").replace("\u060C", "").strip();
        if (!INTEGER.matcher(bare).matches()) {
            throw new Invalid("«" + PersianNumbers.digits(shown(cell)) + "» عدد درستی نیست");
        }
        long n = Long.parseLong(bare.contains(".") ? bare.substring(0, bare.indexOf('.')) : bare);
        if (n < min || n > max) {
            throw new Invalid("باید از " + PersianNumbers.quantity(min) + " تا " + PersianNumbers.quantity(max) + " باشد");
        }
        return (int) n;
    }

    /**
     * A licence number in the form it is kept: one of this system's own shape (CCCC-T-SSSSS-D)
     * must carry a right check digit and comes back canonical; any other is an old register's
     * number, kept as issued ({@link LicenseNumbers#legacy}), at most 40 characters.
     */
    public static String licenceNumber(String cell) {
        if (blank(cell)) {
            throw new Invalid("خالی است");
        }
        try {
            return LicenseNumbers.parse(cell).value();
        } catch (BusinessException e) {
            if (LicenseNumbers.looksIssuedHere(cell)) {
                throw new Invalid("«" + shown(cell) + "» به شکل شماره‌های این سامانه است اما رقم کنترل آن درست نیست");
            }
            String legacy = LicenseNumbers.legacy(cell);
            throw new Invalid(legacy != null && legacy.length() > LicenseNumber.MAX_LENGTH ? "بیش از ۴۰ نویسه است"
                    : "نویسه‌ای دارد که در شمارهٔ پروانه نمی‌آید");
        }
    }

    /**
     * The form a licence number is compared in across rows and with the register, even when the
     * number itself is faulty (a wrong check digit): what {@link #licenceNumber} gives, else the
     * cleaned text. Null for an empty cell.
     */
    public static String numberKey(String cell) {
        if (blank(cell)) {
            return null;
        }
        try {
            return licenceNumber(cell);
        } catch (Invalid e) {
            return LicenseNumbers.legacy(cell);
        }
    }

    public static OfficeType officeType(String cell) {
        return lookup(OFFICE_TYPES, cell, "نوع دفتر شناخته نیست؛ «پیشخوان» یا «ICT روستایی» بنویسید");
    }

    public static Education education(String cell) {
        return lookup(EDUCATION, cell, "مدرک تحصیلی شناخته نیست؛ دیپلم، کاردانی، کارشناسی، کارشناسی ارشد یا دکتری بنویسید");
    }

    /** A licence's status: فعال، تعلیق، منقضی یا لغوشده (or the code). */
    public static LicenseStatus licenceStatus(String cell) {
        return lookup(LICENCE_STATUSES, cell, "وضعیت پروانه شناخته نیست؛ فعال، تعلیق، منقضی یا لغوشده بنویسید");
    }

    /** A contract's status; an empty cell is ACTIVE. */
    public static ServiceContract.Status contractStatus(String cell) {
        if (blank(cell)) {
            return ServiceContract.Status.ACTIVE;
        }
        return lookup(CONTRACT_STATUSES, cell, "وضعیت قرارداد شناخته نیست؛ فعال، معلق یا پایان‌یافته بنویسید");
    }

    public static Agency agency(String cell) {
        return lookup(AGENCIES, cell, "دستگاه شناخته نیست؛ یکی از " + agencyNames() + " را بنویسید");
    }

    /** A role an import may grant: every role but the administrator's. */
    public static Role role(String cell) {
        Role role = lookup(ROLES, cell, "نقش شناخته نیست؛ یکی از " + roleNames() + " را بنویسید");
        if (role == Role.ADMIN) {
            throw new Invalid("نقش «" + Role.ADMIN.persianName() + "» با ورود اطلاعات داده نمی‌شود");
        }
        return role;
    }

    /** «همه» is every document; an empty cell none; else names (or codes) separated by «،» , ؛ or ;. */
    public static Set<RequiredDocument> documents(String cell) {
        String t = text(cell);
        if (t == null) {
            return Collections.unmodifiableSet(EnumSet.noneOf(RequiredDocument.class));
        }
        if (key(t).equals(key("همه")) || key(t).equals("all")) {
            return Collections.unmodifiableSet(EnumSet.allOf(RequiredDocument.class));
        }
        EnumSet<RequiredDocument> found = EnumSet.noneOf(RequiredDocument.class);
        for (String part : t.split("[،,؛;\\n]")) {
            if (blank(part)) {
                continue;
            }
            RequiredDocument d = DOCUMENTS.get(key(part));
            if (d == null) {
                throw new Invalid("مدرک «" + part.strip() + "» شناخته نیست؛ «همه» یا نام مدارک را جداشده با ویرگول بنویسید");
            }
            found.add(d);
        }
        return Collections.unmodifiableSet(found);
    }

    /** A username as accounts keep it (trimmed, lower case); its rule is {@code UserAccount}'s. */
    public static String username(String cell) {
        String t = PersianText.normalizeDigits(cell);
        return t == null ? "" : t.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> void names(Map<String, T> map, T value, String... names) {
        for (String n : names) {
            map.put(key(n), value);
        }
    }

    private static <T> T lookup(Map<String, T> map, String cell, String message) {
        String k = key(cell);
        if (k == null || k.isEmpty()) {
            throw new Invalid("خالی است");
        }
        T found = map.get(k);
        if (found == null) {
            throw new Invalid("«" + shown(cell) + "»: " + message);
        }
        return found;
    }

    private static String agencyNames() {
        StringBuilder b = new StringBuilder();
        for (Agency a : Agency.values()) {
            b.append(b.length() == 0 ? "" : "، ").append(a.persianName());
        }
        return b.toString();
    }

    private static String roleNames() {
        StringBuilder b = new StringBuilder();
        for (Role r : Role.values()) {
            if (r != Role.ADMIN) {
                b.append(b.length() == 0 ? "" : "، ").append(r.persianName());
            }
        }
        return b.toString();
    }

    /** A message without its closing full stop, to stand inside a longer one. */
    static String withoutStop(String message) {
        String m = message == null ? "" : message.strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    /** At most 40 characters of what was typed, for messages. */
    static String shown(String cell) {
        String t = cell == null ? "" : PersianText.normalize(cell);
        return t.length() <= 40 ? t : t.substring(0, 40) + "…";
    }
}
