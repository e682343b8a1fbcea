package ir.pishkhan.shared.error;

/**
 * The refusals every context shares, written once. Each context keeps its own catalogue beside
 * its entities for the refusals that are its own (e.g. {@code LicenseRefusals}).
 */
public final class Refusals {

    private Refusals() {
    }

    /** Someone else changed the object since the user loaded it ({@code STALE_VERSION}). */
    public static BusinessException staleVersion(String persianThis, String englishThis) {
        return BusinessException.conflict("STALE_VERSION",
                persianThis + " هم‌زمان توسط همکار دیگری تغییر کرده است؛ صفحه را تازه کنید و دوباره بررسی کنید.",
                capitalised(englishThis) + " was changed by someone else meanwhile; reload it and check again.");
    }

    /**
     * A reason is required for this change ({@code REASON_REQUIRED}).
     *
     * @param persianWhat what the reason is for, e.g. «تغییر ظرفیت» → «دلیل تغییر ظرفیت را بنویسید.»
     * @param englishWhat the same in English, e.g. "the capacity change"
     */
    public static BusinessException reasonRequired(String persianWhat, String englishWhat) {
        return BusinessException.invalid("REASON_REQUIRED", "دلیل " + persianWhat + " را بنویسید.",
                "Give the reason for " + englishWhat + ".");
    }

    /**
     * The reason, trimmed; refused with {@code REASON_REQUIRED} when it is missing or blank.
     */
    public static String requireReason(String reason, String persianWhat, String englishWhat) {
        if (reason == null || reason.isBlank()) {
            throw reasonRequired(persianWhat, englishWhat);
        }
        return reason.strip();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
