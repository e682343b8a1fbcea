package ir.pishkhan.rest.shared;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem responses: the one place where refusals become HTTP answers. */
public final class Problems {

    private static final Map<Integer, String[]> TITLES = Map.of(
            400, new String[]{"Invalid request", "درخواست نادرست است"},
            401, new String[]{"Authentication required", "ورود به سامانه لازم است"},
            403, new String[]{"Forbidden", "دسترسی مجاز نیست"},
            404, new String[]{"Not found", "یافت نشد"},
            405, new String[]{"Method not allowed", "این روش درخواست پذیرفته نیست"},
            409, new String[]{"Conflict", "تعارض با وضعیت فعلی"},
            415, new String[]{"Unsupported media type", "قالب داده پشتیبانی نمی‌شود"},
            422, new String[]{"Rule violated", "قاعدهٔ کار اجازه نمی‌دهد"},
            429, new String[]{"Too many requests", "درخواست‌ها بیش از حد مجاز است"},
            503, new String[]{"Service unavailable", "سامانه موقتاً در دسترس نیست"});

    private Problems() {
    }

    public static Response of(BusinessException e, String instance) {
        return build(e.kind().httpStatus(), e.code(), e.getMessage(), e.persianMessage(), instance, null);
    }

    public static Response of(int status, String code, String detail, String detailFa, String instance) {
        return build(status, code, detail, detailFa, instance, null);
    }

    public static Response invalid(List<Problem.FieldError> errors, String instance) {
        return build(400, "VALIDATION_FAILED", "Some fields are invalid.", "برخی از ورودی‌ها نادرست است.",
                instance, errors);
    }

    public static Response unauthenticated(String instance) {
        return Response.fromResponse(build(ErrorKind.UNAUTHENTICATED.httpStatus(), "AUTHENTICATION_REQUIRED",
                        "Sign in with HTTP Basic authentication.", "ابتدا با نام کاربری و گذرواژه وارد شوید.",
                        instance, null))
                .header("WWW-Authenticate", "Basic realm=\"pishkhan\", charset=\"UTF-8\"").build();
    }

    public static Response forbidden(String instance) {
        BusinessException e = BusinessException.forbidden();
        return of(e, instance);
    }

    private static Response build(int status, String code, String detail, String detailFa, String instance,
                                  List<Problem.FieldError> errors) {
        String[] titles = TITLES.getOrDefault(status, new String[]{"Error", "خطا"});
        Problem p = new Problem("urn:pishkhan:problem:" + code.toLowerCase().replace('_', '-'), titles[0], status,
                detail, code, titles[1], detailFa, instance, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
