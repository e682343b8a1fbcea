package ir.pishkhan.capacity.entity;

import ir.pishkhan.place.entity.County;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianNumbers;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The capacity context's refusals, each written once: the capacity book, the waitlist and the
 * issuance that takes a slot. Codes and texts are stable: clients and tests read the codes.
 */
public final class CapacityRefusals {

    private CapacityRefusals() {
    }

    /** {@code CAPACITY_FULL}: every slot of the county's book is taken. */
    public static BusinessException capacityFull(County county, int occupied, int capacity) {
        return BusinessException.rule("CAPACITY_FULL",
                "ظرفیت شهرستان " + county.getNameFa() + " برای این نوع دفتر تکمیل است (" + PersianNumbers.quantity(occupied) + " از " + PersianNumbers.quantity(capacity) + ").",
                "The county's capacity for this office type is full (" + occupied + " of " + capacity + ").");
    }

    /** {@code CAPACITY_FULL}: the province never set a capacity here, so the county is saturated. */
    public static BusinessException capacityNotSet() {
        return BusinessException.rule("CAPACITY_FULL",
                "برای این شهرستان و نوع دفتر هنوز ظرفیتی تعیین نشده است.",
                "No capacity has been set for this county and office type.");
    }

    /** {@code OFFICE_TYPE_REQUIRED}. */
    public static BusinessException officeTypeRequired() {
        return BusinessException.invalid("OFFICE_TYPE_REQUIRED", "نوع دفتر را مشخص کنید.", "The office type is required.");
    }

    /** {@code EFFECTIVE_DATE_FUTURE}: capacity changes take effect now, never later. */
    public static BusinessException effectiveDateFuture() {
        return BusinessException.rule("EFFECTIVE_DATE_FUTURE", "تاریخ اجرای ظرفیت تازه نمی‌تواند در آینده باشد.",
                "The effective date cannot be in the future.");
    }

    /** {@code APPLICATION_NOT_FOUND}. */
    public static BusinessException applicationNotFound() {
        return BusinessException.notFound("APPLICATION_NOT_FOUND", "درخواست یافت نشد.", "Application not found.");
    }

    /** {@code INVITATION_NOT_FOUND}. */
    public static BusinessException invitationNotFound() {
        return BusinessException.notFound("INVITATION_NOT_FOUND", "دعوت‌نامه یافت نشد.", "Invitation not found.");
    }

    /** {@code NOT_FIRST_IN_LINE}: licences are issued in waitlist order. */
    public static BusinessException notFirstInLine() {
        return BusinessException.rule("NOT_FIRST_IN_LINE",
                "متقاضیان دیگری پیش از این درخواست در صف انتظارند؛ پروانه به ترتیب صف صادر می‌شود.",
                "Other applicants wait ahead of this application; licences are issued in waitlist order.");
    }

    /** {@code APPLICATION_HOLDS_NO_SLOT}: neither holding a slot nor waiting for one. */
    public static BusinessException holdsNoSlot(ApplicationStatus status) {
        return BusinessException.rule("APPLICATION_HOLDS_NO_SLOT",
                "این درخواست در وضعیت «" + status.persianName() + "» است و ظرفیتی در اختیار ندارد.",
                "The application is " + status + " and holds no slot.");
    }

    /** {@code WAITLIST_NOT_EMPTY}: direct issuance only when nobody waits. */
    public static BusinessException waitlistNotEmpty(long waiting) {
        return BusinessException.rule("WAITLIST_NOT_EMPTY",
                PersianNumbers.quantity(waiting) + " متقاضی در صف انتظار این شهرستان است؛ پروانه از صف صادر می‌شود.",
                waiting + " applicants are waiting in this county; issue from the waitlist.");
    }

    /** {@code DOCUMENTS_MISSING}: a licence is issued only when every document was checked. */
    public static BusinessException documentsMissing(Set<RequiredDocument> missing) {
        return BusinessException.rule("DOCUMENTS_MISSING", "مدارک زیر بررسی نشده‌اند: "
                        + missing.stream().map(RequiredDocument::persianName).collect(Collectors.joining("، ")),
                "Documents not checked yet: " + missing);
    }
}
