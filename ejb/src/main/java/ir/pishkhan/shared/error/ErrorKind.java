package ir.pishkhan.shared.error;

/**
 * What kind of refusal a {@link BusinessException} is. Adapters translate the kind once: REST
 * into an HTTP status, JSF into a message severity.
 */
public enum ErrorKind {
    /** The input is malformed or incomplete (HTTP 400). */
    INVALID(400),
    /** The caller is not signed in (HTTP 401). */
    UNAUTHENTICATED(401),
    /** The caller's roles or scope do not cover the object (HTTP 403). */
    FORBIDDEN(403),
    /** The object does not exist, and the caller could have seen it if it did (HTTP 404). */
    NOT_FOUND(404),
    /** Someone else changed the object first, or it already exists (HTTP 409). */
    CONFLICT(409),
    /** The upload is larger than the use case accepts (HTTP 413), e.g. a roll-out file over its limit. */
    TOO_LARGE(413),
    /** The input is well formed but a domain rule refuses the change (HTTP 422). */
    RULE(422),
    /** Too many attempts in a short time (HTTP 429). */
    TOO_MANY(429);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
