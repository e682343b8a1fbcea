package ir.pishkhan.rollout.entity;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of data a roll-out file brings in, one sheet of the workbook (or one CSV file) each,
 * in the order they are committed: capacity before the licences that occupy it, licences before
 * the contracts and office managers that name them, the waitlist after the licences it waits
 * behind.
 *
 * <p>A sheet is recognised by its Persian name or its CSV file name; a column by its Persian
 * header (see {@link ImportColumn}), in any order.
 */
public enum ImportSheet {

    CAPACITY("ظرفیت", "capacity", List.of(
            ImportColumn.required("county", "شهرستان", "نام شهرستان در همین استان", "کوار"),
            ImportColumn.required("officeType", "نوع دفتر", "«پیشخوان» یا «ICT روستایی»", "پیشخوان"),
            ImportColumn.required("capacity", "ظرفیت", "تعداد پروانه‌ای که استان در این شهرستان مجاز می‌داند (۰ تا ۱۰۰٬۰۰۰)", "12"))),

    LICENCES("پروانه‌ها", "licences", List.of(
            ImportColumn.required("number", "شماره پروانه", "شمارهٔ پروانه همان‌گونه که صادر شده است؛ در کشور یکتا", "1402/فارس/123"),
            ImportColumn.required("county", "شهرستان", "نام شهرستان محل دفتر در همین استان", "کوار"),
            ImportColumn.required("officeType", "نوع دفتر", "«پیشخوان» یا «ICT روستایی»", "پیشخوان"),
            ImportColumn.required("officeName", "نام دفتر", "نام دفتر (حداکثر ۱۵۰ نویسه)", "دفتر پیشخوان کوار ۱"),
            ImportColumn.required("address", "نشانی", "نشانی دفتر (حداکثر ۳۰۰ نویسه)", "کوار، خیابان امام، پلاک ۱۰"),
            ImportColumn.required("locality", "شهر یا روستا", "شهر یا روستای محل دفتر", "کوار"),
            ImportColumn.required("holderNationalCode", "کد ملی دارنده", "کد ملی ده‌رقمی دارندهٔ پروانه", "0012345679"),
            ImportColumn.required("holderFirstName", "نام دارنده", "نام دارندهٔ پروانه", "علی"),
            ImportColumn.required("holderLastName", "نام خانوادگی دارنده", "نام خانوادگی دارندهٔ پروانه", "رضایی"),
            ImportColumn.required("holderPhone", "تلفن دارنده", "شمارهٔ یازده‌رقمی که با ۰ آغاز می‌شود", "09171234567"),
            ImportColumn.required("holderEducation", "مدرک تحصیلی دارنده", "دیپلم، کاردانی، کارشناسی، کارشناسی ارشد یا دکتری", "کارشناسی"),
            ImportColumn.required("issueDate", "تاریخ صدور", "تاریخ شمسی، مانند ۱۴۰۱/۰۳/۱۵", "1401/03/15"),
            ImportColumn.required("expiryDate", "تاریخ انقضا", "تاریخ شمسی، پس از تاریخ صدور", "1406/03/14"),
            ImportColumn.required("status", "وضعیت", "فعال، تعلیق، منقضی یا لغوشده", "فعال"),
            ImportColumn.optional("suspendedUntil", "پایان تعلیق", "برای پروانهٔ در تعلیق: آخرین روز تعلیق (تاریخ شمسی)", ""),
            ImportColumn.optional("revokedOn", "تاریخ لغو", "برای پروانهٔ لغوشده: روز لغو (تاریخ شمسی)", ""))),

    CONTRACTS("قراردادها", "contracts", List.of(
            ImportColumn.required("number", "شماره پروانه", "شمارهٔ پروانهٔ دفتر، در همین فایل یا پیش‌تر واردشده", "1402/فارس/123"),
            ImportColumn.required("agency", "دستگاه", "دستگاه طرف قرارداد، مانند «گاز» یا «توزیع برق»", "گاز"),
            ImportColumn.required("services", "خدمات", "خدماتی که دفتر برای این دستگاه ارائه می‌دهد", "ثبت درخواست انشعاب"),
            ImportColumn.required("since", "تاریخ آغاز", "تاریخ شمسی آغاز قرارداد", "1401/04/01"),
            ImportColumn.optional("status", "وضعیت قرارداد", "فعال (پیش‌فرض)، معلق یا پایان‌یافته", "فعال"))),

    WAITLIST("صف انتظار", "waitlist", List.of(
            ImportColumn.required("county", "شهرستان", "شهرستانی که متقاضی در صف آن است", "کوار"),
            ImportColumn.required("officeType", "نوع دفتر", "«پیشخوان» یا «ICT روستایی»", "پیشخوان"),
            ImportColumn.required("appliedOn", "تاریخ درخواست", "تاریخ شمسی ثبت درخواست؛ صف به ترتیب این تاریخ و سپس ترتیب ردیف‌هاست", "1403/01/20"),
            ImportColumn.required("nationalCode", "کد ملی", "کد ملی ده‌رقمی متقاضی", "0012345679"),
            ImportColumn.required("firstName", "نام", "نام متقاضی", "زهرا"),
            ImportColumn.required("lastName", "نام خانوادگی", "نام خانوادگی متقاضی", "احمدی"),
            ImportColumn.required("phone", "تلفن", "شمارهٔ یازده‌رقمی که با ۰ آغاز می‌شود", "09171234567"),
            ImportColumn.required("education", "مدرک تحصیلی", "دیپلم، کاردانی، کارشناسی، کارشناسی ارشد یا دکتری", "دیپلم"),
            ImportColumn.required("locality", "محل پیشنهادی", "شهر یا روستای پیشنهادی برای دفتر", "کوار"),
            ImportColumn.optional("documents", "مدارک بررسی‌شده", "«همه»، یا نام مدارک بررسی‌شده جداشده با ویرگول؛ خالی یعنی هیچ", "همه"))),

    ACCOUNTS("کاربران", "accounts", List.of(
            ImportColumn.required("username", "نام کاربری", "۳ تا ۶۴ نویسهٔ لاتین کوچک، رقم، نقطه، خط تیره یا زیرخط", "kavar.clerk"),
            ImportColumn.required("displayName", "نام و نام خانوادگی", "نام کاربر", "مریم کریمی"),
            ImportColumn.required("role", "نقش", "کارمند اداره پست شهرستان، عضو کارگروه شهرستان، دبیر کارگروه شهرستان، مسئول استان، گزارشگر دستگاه طرف قرارداد، بازرس یا مدیر دفتر", "کارمند اداره پست شهرستان"),
            ImportColumn.optional("county", "شهرستان", "برای نقش‌های شهرستانی: نام شهرستان؛ خالی یعنی کل استان", "کوار"),
            ImportColumn.optional("agency", "دستگاه", "فقط برای گزارشگر دستگاه: دستگاهی که برایش گزارش می‌دهد", ""),
            ImportColumn.optional("office", "شماره پروانه دفتر", "فقط برای مدیر دفتر: شمارهٔ پروانهٔ دفتری که اداره می‌کند", ""),
            ImportColumn.optional("mobile", "تلفن همراه", "گذرواژهٔ یک‌بارمصرف با پیامک به این شماره فرستاده می‌شود", "09171234567"),
            ImportColumn.optional("email", "رایانامه", "اگر تلفن همراه نباشد، گذرواژهٔ یک‌بارمصرف به این نشانی فرستاده می‌شود", "")));

    private final String persianName;
    private final String fileName;
    private final List<ImportColumn> columns;

    ImportSheet(String persianName, String fileName, List<ImportColumn> columns) {
        this.persianName = persianName;
        this.fileName = fileName;
        this.columns = columns;
    }

    /** The sheet's name in the workbook. */
    public String persianName() {
        return persianName;
    }

    /** The CSV file's name without {@code .csv}. */
    public String fileName() {
        return fileName;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    public Optional<ImportColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
