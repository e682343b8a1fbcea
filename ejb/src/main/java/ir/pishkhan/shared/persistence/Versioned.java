package ir.pishkhan.shared.persistence;

import ir.pishkhan.shared.error.Refusals;

/**
 * An object two users may edit at once (optimistic locking, {@code @Version}). A use case that was
 * shown version N acts only if the object is still at version N; otherwise the user is told that a
 * colleague changed it meanwhile instead of silently overwriting their work.
 */
public interface Versioned {

    long getVersion();

    /** How the refusal names this object to the user, e.g. «این پروانه». */
    default String persianThis() {
        return "این مورد";
    }

    /** How the refusal names this object in English, e.g. "this licence". */
    default String englishThis() {
        return "this record";
    }

    /**
     * The one version check: refused with {@code STALE_VERSION} when the object is no longer the
     * version the user saw.
     */
    default void requireVersion(long expected) {
        if (getVersion() != expected) {
            throw Refusals.staleVersion(persianThis(), englishThis());
        }
    }
}
