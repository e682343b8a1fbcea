package ir.pishkhan.shared.error;

import jakarta.ejb.ApplicationException;

/**
 * A use case refused to do what it was asked, for a reason the user can act on.
 *
 * <p>Carries a stable machine-readable {@link #code()} for API clients, a Persian message for
 * users and an English one for logs and API clients. It is an application exception that rolls
 * the transaction back, so a refused use case never leaves anything half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String code;
    private final String persianMessage;

    public BusinessException(ErrorKind kind, String code, String persianMessage, String englishMessage) {
        super(englishMessage);
        this.kind = kind;
        this.code = code;
        this.persianMessage = persianMessage;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** Stable code, e.g. {@code COUNTY_NOT_FOUND}; never changes once published. */
    public String code() {
        return code;
    }

    public String persianMessage() {
        return persianMessage;
    }

    public static BusinessException invalid(String code, String fa, String en) {
        return new BusinessException(ErrorKind.INVALID, code, fa, en);
    }

    public static BusinessException notFound(String code, String fa, String en) {
        return new BusinessException(ErrorKind.NOT_FOUND, code, fa, en);
    }

    public static BusinessException conflict(String code, String fa, String en) {
        return new BusinessException(ErrorKind.CONFLICT, code, fa, en);
    }

    public static BusinessException rule(String code, String fa, String en) {
        return new BusinessException(ErrorKind.RULE, code, fa, en);
    }

    /**
     * The caller may not do this here. Deliberately the same answer whether or not the object
     * exists, so that scope checks never reveal what lies outside the caller's scope.
     */
    public static BusinessException forbidden() {
        return new BusinessException(ErrorKind.FORBIDDEN, "ACCESS_DENIED",
                "شما اجازهٔ این کار را در این محدوده ندارید.",
                "You are not allowed to do this within your scope.");
    }
}
