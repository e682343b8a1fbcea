package ir.pishkhan.rollout.entity;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import ir.pishkhan.shared.text.PersianNumbers;

/**
 * The roll-out's refusals of a whole file or import, each written once. Problems of single rows
 * and cells are not refusals: the dry run records them with the row and shows them all at once.
 * Codes and texts are stable: clients and tests read the codes.
 */
public final class ImportRefusals {

    private ImportRefusals() {
    }

    /** {@code IMPORT_NOT_FOUND}: no import with this id (or not one the caller may see). */
    public static BusinessException notFound() {
        return BusinessException.notFound("IMPORT_NOT_FOUND", "پروندهٔ ورود اطلاعات یافت نشد.", "Import not found.");
    }

    /** {@code IMPORT_FILE_TOO_LARGE} (413): the upload is larger than {@code pishkhan.import.max-bytes}. */
    public static BusinessException tooLarge(long maxBytes) {
        long mb = Math.max(1, maxBytes / (1024 * 1024));
        return new BusinessException(ErrorKind.TOO_LARGE, "IMPORT_FILE_TOO_LARGE",
                "حجم پرونده بیش از " + PersianNumbers.quantity(mb) + " مگابایت است؛ پرونده را به چند پرونده "
                        + "(مثلاً یک پرونده برای هر برگه) بخش کنید.",
                "The file is larger than " + maxBytes + " bytes; split it into smaller files (e.g. one per sheet).");
    }

    /** {@code IMPORT_FILE_UNREADABLE}: not an .xlsx workbook, a CSV file or a zip of CSV files, or damaged. */
    public static BusinessException unreadable(String persianWhy, String englishWhy) {
        return BusinessException.invalid("IMPORT_FILE_UNREADABLE",
                "پرونده خوانده نشد: " + persianWhy + " پرونده‌ای از نوع اکسل (xlsx)، CSV با کدگذاری UTF-8، "
                        + "یا zip از پرونده‌های CSV بفرستید.",
                "The file could not be read: " + englishWhy + " Send an Excel workbook (.xlsx), a UTF-8 CSV file "
                        + "or a zip of CSV files.");
    }

    /** {@code IMPORT_FILE_EMPTY}: no sheet of a known name, or no data row in the known ones. */
    public static BusinessException empty() {
        return BusinessException.invalid("IMPORT_FILE_EMPTY",
                "در پرونده برگه‌ای با نام‌های شناخته‌شده (ظرفیت، پروانه‌ها، قراردادها، صف انتظار، کاربران) "
                        + "و ردیف داده‌ای در آن یافت نشد؛ نام برگه‌ها یا پرونده‌های CSV را مانند الگو بگذارید.",
                "The file has no sheet of a known name (capacity, licences, contracts, waitlist, accounts) with data "
                        + "rows; name the sheets or CSV files as in the template.");
    }

    /** {@code IMPORT_COLUMN_MISSING}: a sheet lacks a column every row must fill. */
    public static BusinessException columnMissing(ImportSheet sheet, ImportColumn column) {
        return BusinessException.invalid("IMPORT_COLUMN_MISSING",
                "ستون «" + column.header() + "» در برگهٔ «" + sheet.persianName() + "» نیست؛ "
                        + "سرستون‌ها را مانند الگو بنویسید.",
                "Sheet " + sheet.fileName() + " has no column '" + column.key() + "' (Persian header "
                        + column.header() + ").");
    }

    /** {@code IMPORT_SHEET_REPEATED}: two sheets (or CSV files) of the upload are the same kind. */
    public static BusinessException sheetRepeated(ImportSheet sheet) {
        return BusinessException.invalid("IMPORT_SHEET_REPEATED",
                "برگهٔ «" + sheet.persianName() + "» دو بار در پرونده آمده است؛ ردیف‌های آن را در یک برگه بیاورید.",
                "Sheet " + sheet.fileName() + " appears twice in the file; put its rows in one sheet.");
    }

    /** {@code IMPORT_SHEET_UNKNOWN}: the sheet named for a CSV upload is not one of the import's sheets. */
    public static BusinessException sheetUnknown(String given) {
        return BusinessException.invalid("IMPORT_SHEET_UNKNOWN",
                "برگهٔ «" + given + "» شناخته نیست؛ یکی از ظرفیت، پروانه‌ها، قراردادها، صف انتظار یا کاربران را "
                        + "نام ببرید.",
                "Unknown sheet '" + given + "'; name one of capacity, licences, contracts, waitlist, accounts.");
    }
}
