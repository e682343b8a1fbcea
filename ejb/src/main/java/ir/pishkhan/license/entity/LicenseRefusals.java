package ir.pishkhan.license.entity;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianNumbers;
import java.time.LocalDate;

/**
 * The licence context's refusals, each written once: the licence entity throws them, and so do
 * the boundaries of this and higher contexts (e.g. {@link #notActive(String, String)} for an
 * inspection or a report on an office without an active licence). Codes and texts are stable:
 * clients and tests read the codes.
 */
public final class LicenseRefusals {

    private LicenseRefusals() {
    }

    /** {@code LICENSE_NOT_FOUND}: no licence with this id (or not one the caller may see). */
    public static BusinessException notFound() {
        return BusinessException.notFound("LICENSE_NOT_FOUND", "پروانه یافت نشد.", "Licence not found.");
    }

    /** {@code LICENSE_NOT_FOUND}: no licence has this number (public verification). */
    public static BusinessException notFound(String number) {
        return BusinessException.notFound("LICENSE_NOT_FOUND",
                "پروانه‌ای با شمارهٔ «" + number + "» ثبت نشده است.", "No licence has number " + number + ".");
    }

    /**
     * {@code LICENSE_NOT_ACTIVE}, in the caller's words: the office's licence is not active, so
     * the thing asked for cannot be done (e.g. «دفتری که پروانهٔ فعال ندارد بازرسی نمی‌شود.»).
     */
    public static BusinessException notActive(String persian, String english) {
        return BusinessException.rule("LICENSE_NOT_ACTIVE", persian, english);
    }

    /**
     * {@code LICENSE_NOT_ACTIVE} naming the licence's status: «پروانه در وضعیت «…» است و
     * {persianRefusal}.» / "A licence that is … {englishRefusal}."
     *
     * @param persianRefusal e.g. «تمدید نمی‌شود»
     * @param englishRefusal e.g. "cannot be renewed"
     */
    public static BusinessException notActive(LicenseStatus status, String persianRefusal, String englishRefusal) {
        return notActive("پروانه در وضعیت «" + status.persianName() + "» است و " + persianRefusal + ".",
                "A licence that is " + status + " " + englishRefusal + ".");
    }

    /** {@code LICENSE_NOT_ACTIVE} for a clerk's action the status does not allow ({@link License.Action}). */
    static BusinessException actionNotAllowed(LicenseStatus status, String englishAction) {
        return notActive("پروانه در وضعیت «" + status.persianName() + "» است و این کار برای آن ممکن نیست.",
                "Cannot " + englishAction + " a licence that is " + status + ".");
    }

    // The roll-out: licences of an old register brought in (License.imported / reimport)

    /** {@code LICENSE_IMPORT_INVALID}: a licence of an old register that cannot be recorded as given. */
    static BusinessException importInvalid(String persian, String english) {
        return BusinessException.invalid("LICENSE_IMPORT_INVALID", persian, english);
    }

    /**
     * The dates and status of a licence brought in, as a licence keeps them: the validity never
     * ends before it starts; a suspended licence has the suspension's last day, a revoked one its
     * revocation day (not before issue), and no other status has either; nothing given up.
     */
    static void requireImportable(LicenseStatus status, LocalDate issue, LocalDate expiry, LocalDate suspendedUntil,
                                  LocalDate revokedOn) {
        if (issue == null || expiry == null || expiry.isBefore(issue)) {
            throw importInvalid("تاریخ صدور و تاریخ انقضا لازم است و انقضا پیش از صدور نیست.",
                    "Issue and expiry dates are required; the expiry is not before the issue.");
        }
        if (status == null || status == LicenseStatus.SURRENDERED) {
            throw importInvalid("وضعیت پروانه فعال، تعلیق، منقضی یا لغوشده است.",
                    "A licence brought in is ACTIVE, SUSPENDED, EXPIRED or REVOKED.");
        }
        if ((status == LicenseStatus.SUSPENDED) != (suspendedUntil != null)) {
            throw importInvalid("آخرین روز تعلیق فقط و حتماً برای پروانهٔ در تعلیق آمده است.",
                    "The suspension's last day is given for a suspended licence, and only for one.");
        }
        if ((status == LicenseStatus.REVOKED) != (revokedOn != null) || revokedOn != null && revokedOn.isBefore(issue)) {
            throw importInvalid("روز لغو فقط و حتماً برای پروانهٔ لغوشده آمده است و پیش از صدور نیست.",
                    "The revocation day is given for a revoked licence, and only for one, not before its issue.");
        }
    }

    /**
     * {@code LICENSE_IMPORT_STATUS_DIFFERS}: a licence brought in again with another status (or
     * suspension end, or revocation day) than the register's; status changes are the lifecycle's.
     */
    static BusinessException importStatusDiffers(LicenseStatus status, LocalDate suspendedUntil, LocalDate revokedOn) {
        String detail = status.persianName()
                + (status == LicenseStatus.SUSPENDED && suspendedUntil != null ? " تا " + JalaliDates.format(suspendedUntil) : "")
                + (status == LicenseStatus.REVOKED && revokedOn != null ? " از " + JalaliDates.format(revokedOn) : "");
        return BusinessException.rule("LICENSE_IMPORT_STATUS_DIFFERS",
                "وضعیت این پروانه در سامانه «" + detail + "» است؛ ورود اطلاعات وضعیت پروانهٔ ثبت‌شده را تغییر نمی‌دهد"
                        + " (تعلیق، لغو و دیگر تغییرهای وضعیت از راه خود انجام می‌شوند).",
                "The register has this licence as " + status + "; an import never changes a registered licence's status.");
    }

    /** {@code LICENSE_IMPORT_PLACE_DIFFERS}: the number is registered for another county or office type. */
    static BusinessException importPlaceDiffers(ir.pishkhan.office.entity.OfficeType type, String countyFa) {
        return BusinessException.rule("LICENSE_IMPORT_PLACE_DIFFERS",
                "این شماره در سامانه برای پروانهٔ «" + type.persianName() + "» در شهرستان «" + countyFa + "» ثبت شده است.",
                "This number is registered for a " + type + " licence in another county or of another type.");
    }

    /** {@code REVOCATION_CASE_OPEN}: a revocation case holds the renewal until it is decided. */
    public static BusinessException revocationCaseOpen() {
        return BusinessException.rule("REVOCATION_CASE_OPEN",
                "پروندهٔ لغو این پروانه در استان باز است؛ تا تعیین تکلیف آن تمدید ممکن نیست.",
                "A revocation case is open for this licence; it cannot be renewed until the case is decided.");
    }

    /** {@code RECEIPT_REQUIRED}. */
    public static BusinessException receiptRequired() {
        return BusinessException.invalid("RECEIPT_REQUIRED", "شمارهٔ رسید پرداخت را وارد کنید.",
                "The receipt reference of the payment is required.");
    }

    /** {@code RECEIPT_USED}: a receipt pays for one thing only. */
    public static BusinessException receiptUsed() {
        return BusinessException.conflict("RECEIPT_USED", "این رسید پیش‌تر برای پرداخت دیگری ثبت شده است.",
                "This receipt was already recorded for another payment.");
    }

    /** {@code FEE_NOT_SET}: the office rules name no issuance fee for the Jalali year. */
    public static BusinessException feeNotSet(int jalaliYear) {
        return BusinessException.rule("FEE_NOT_SET", "هزینهٔ صدور برای سال " + PersianNumbers.digits(jalaliYear) + " تعیین نشده است.",
                "No issuance fee is set for the year " + jalaliYear + ".");
    }

    // Transfer (واگذاری)

    static BusinessException transferByAttorney() {
        return BusinessException.rule("TRANSFER_BY_ATTORNEY", "واگذاری پروانه با وکالت‌نامه ممنوع است.",
                "Transfer by power of attorney is forbidden.");
    }

    static BusinessException expiredNotTransferred() {
        return BusinessException.rule("LICENSE_EXPIRED", "پروانهٔ منقضی واگذار نمی‌شود؛ ابتدا آن را تمدید کنید.",
                "An expired licence cannot be transferred; renew it first.");
    }

    static BusinessException transferCheckMissing(TransferCheck check) {
        return BusinessException.rule("TRANSFER_CHECK_MISSING",
                "نتیجهٔ «" + check.persianName() + "» با تاریخ آن ثبت نشده است.",
                "The result of " + check + " with its date is not recorded.");
    }

    static BusinessException transferCheckFailed(TransferCheck check) {
        return BusinessException.rule("TRANSFER_CHECK_FAILED",
                "«" + check.persianName() + "» تأیید نشده است؛ واگذاری ممکن نیست.",
                check + " did not pass; the transfer is refused.");
    }

    static BusinessException transferTooSoon(int retransferYears, LocalDate allowedFrom) {
        return BusinessException.rule("TRANSFER_TOO_SOON",
                "این پروانه در " + PersianNumbers.quantity(retransferYears) + " سال گذشته واگذار شده است؛ واگذاری دوباره از "
                        + JalaliDates.format(allowedFrom) + " ممکن است.",
                "The licence was transferred within the last " + retransferYears
                        + " years; it can be transferred again from " + allowedFrom + ".");
    }

    // Temporary booths (غرفهٔ موقت)

    static BusinessException boothCrossesYear() {
        return BusinessException.rule("BOOTH_CROSSES_YEAR", "غرفهٔ موقت باید در یک سال شمسی باشد؛ آن را در دو بخش ثبت کنید.",
                "A booth must lie within one Jalali year; record it in two parts.");
    }

    static BusinessException boothOverlaps() {
        return BusinessException.rule("BOOTH_OVERLAPS", "این بازه با غرفهٔ موقت دیگری هم‌پوشانی دارد.",
                "The dates overlap another booth.");
    }

    static BusinessException boothLimit(long usedDays, int jalaliYear) {
        return BusinessException.rule("BOOTH_LIMIT",
                "غرفهٔ موقت حداکثر " + PersianNumbers.quantity(TemporaryBooth.MAX_DAYS_A_YEAR) + " روز در سال مجاز است؛ "
                        + PersianNumbers.quantity(usedDays) + " روز از سال " + PersianNumbers.digits(jalaliYear) + " پیش‌تر استفاده شده است.",
                "Temporary booths may total at most " + TemporaryBooth.MAX_DAYS_A_YEAR
                        + " days a year; " + usedDays + " days of " + jalaliYear + " are used already.");
    }

    // Corrections (اصلاح اطلاعات)

    /** {@code NOTHING_TO_CORRECT}: a correction that would leave everything as it is. */
    public static BusinessException nothingToCorrect() {
        return BusinessException.invalid("NOTHING_TO_CORRECT",
                "هیچ‌یک از اطلاعات با آنچه ثبت شده فرقی ندارد؛ دست‌کم یک مورد را اصلاح کنید.",
                "The correction changes nothing; change at least one field.");
    }

    /** {@code ISSUE_DATE_INVALID}: a corrected issue date must lie before the expiry date and not in the future. */
    static BusinessException issueDateInvalid(LocalDate expiry) {
        return BusinessException.invalid("ISSUE_DATE_INVALID",
                "تاریخ صدور باید پیش از تاریخ پایان اعتبار (" + JalaliDates.format(expiry) + ") باشد و در آینده نباشد.",
                "The issue date must lie before the expiry date (" + expiry + ") and not in the future.");
    }

    /** {@code LICENSE_NUMBER_MISMATCH}: a number of this system's shape names another county or office type. */
    static BusinessException numberOfAnotherOffice(String number) {
        return BusinessException.rule("LICENSE_NUMBER_MISMATCH",
                "شمارهٔ «" + number + "» از آنِ شهرستان یا نوع دفتر دیگری است؛ شمارهٔ این پروانه باید شهرستان و نوع دفتر خودش را نشان دهد.",
                "Number " + number + " belongs to another county or office type than this licence's.");
    }

    /** {@code LICENSE_NUMBER_TAKEN}: another licence has this number. */
    public static BusinessException numberTaken(String number) {
        return BusinessException.conflict("LICENSE_NUMBER_TAKEN",
                "شمارهٔ «" + number + "» شمارهٔ پروانهٔ دیگری است.",
                "Number " + number + " is another licence's number.");
    }

    /**
     * {@code LICENSE_NUMBER_NOT_ISSUED}: a number of this system's shape whose serial the county's book
     * has not handed out yet — the book would hand it out again to a new licence.
     */
    public static BusinessException numberNotIssued(String number) {
        return BusinessException.rule("LICENSE_NUMBER_NOT_ISSUED",
                "شمارهٔ «" + number + "» هنوز صادر نشده است؛ شمارهٔ پروانه‌های تازه را سامانه خودش می‌دهد.",
                "Number " + number + " has not been issued yet; the system hands out new numbers itself.");
    }

    /** {@code NATIONAL_CODE_TAKEN}: a holder's code cannot be corrected to another registered person's code. */
    public static BusinessException nationalCodeTaken(String code) {
        return BusinessException.conflict("NATIONAL_CODE_TAKEN",
                "کد ملی " + code + " به نام شخص دیگری ثبت شده است.",
                "National code " + code + " is registered to another person.");
    }

    /** {@code CONTRACT_NOT_FOUND}: no service contract with this id. */
    public static BusinessException contractNotFound() {
        return BusinessException.notFound("CONTRACT_NOT_FOUND", "قرارداد یافت نشد.", "Contract not found.");
    }

    /** {@code CONTRACT_EXISTS}: the office already has a current contract with this agency. */
    public static BusinessException contractExists() {
        return BusinessException.conflict("CONTRACT_EXISTS", "این دفتر با این دستگاه قرارداد جاری دارد.",
                "The office already has a current contract with this agency.");
    }
}
