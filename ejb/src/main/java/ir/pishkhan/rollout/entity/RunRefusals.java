package ir.pishkhan.rollout.entity;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianNumbers;

/**
 * The refusals of committing an import (ثبت در سامانه) and of steering its batch job — stop and
 * resume — each written once. Codes and texts are stable: clients and tests read the codes.
 */
public final class RunRefusals {

    private RunRefusals() {
    }

    /** {@code IMPORT_NOT_CHECKED}: only an import whose dry run found no error is committed, and only once. */
    public static BusinessException notChecked(ImportStatus status) {
        return BusinessException.rule("IMPORT_NOT_CHECKED",
                status == ImportStatus.HAS_ERRORS
                        ? "این پرونده خطا دارد؛ پروندهٔ درست‌شده را دوباره بارگذاری و بررسی کنید و سپس ثبت کنید."
                        : "این پرونده در وضعیت «" + status.persianName() + "» است و دوباره ثبت نمی‌شود.",
                status == ImportStatus.HAS_ERRORS
                        ? "The import has errors; upload and check the corrected file, then commit that."
                        : "The import is " + status + " and cannot be committed again.");
    }

    /** {@code IMPORT_NOT_RUNNING}: only a running import is stopped. */
    public static BusinessException notRunning(ImportStatus status) {
        return BusinessException.rule("IMPORT_NOT_RUNNING",
                "ثبت این پرونده در جریان نیست (وضعیت: «" + status.persianName() + "»).",
                "The import is not running (it is " + status + ").");
    }

    /** {@code IMPORT_NOT_RESUMABLE}: only a stopped or failed import is resumed. */
    public static BusinessException notResumable(ImportStatus status) {
        return BusinessException.rule("IMPORT_NOT_RESUMABLE",
                "ثبت این پرونده از سر گرفته نمی‌شود؛ تنها پروندهٔ متوقف یا ناموفق ادامه می‌یابد (وضعیت: «"
                        + status.persianName() + "»).",
                "Only a stopped or failed import is resumed (it is " + status + ").");
    }

    /** {@code IMPORT_STILL_RUNNING}: the job has not yet come to a stop (it finishes the chunk it is writing). */
    public static BusinessException stillRunning() {
        return BusinessException.conflict("IMPORT_STILL_RUNNING",
                "کار ثبت هنوز در حال پایان دادن به بخشی است که می‌نویسد؛ چند لحظهٔ دیگر دوباره بکوشید.",
                "The job is still finishing the chunk it is writing; try again in a moment.");
    }

    /** {@code IMPORT_PROVINCE_BUSY}: another import of the same province is being written. */
    public static BusinessException provinceBusy(long otherImportId) {
        return BusinessException.conflict("IMPORT_PROVINCE_BUSY",
                "پروندهٔ شمارهٔ " + PersianNumbers.digits(otherImportId) + " همین استان در حال ثبت است؛ پس از پایان یا توقف آن ثبت کنید.",
                "Import " + otherImportId + " of the same province is being written; commit once it has finished or stopped.");
    }
}
