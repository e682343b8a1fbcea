package ir.pishkhan.rest.shared;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem responses: the one place where refusals become HTTP answers. */
public final class Problems {

    private static final Map<Integer, String[]> TITLES = Map.ofEntries(
            Map.entry(400, new String[]{"Invalid request", "درخواست نادرست است"}),
            Map.entry(401, new String[]{"Authentication required", "ورود به سامانه لازم است"}),
            Map.entry(403, new String[]{"Forbidden", "دسترسی مجاز نیست"}),
            Map.entry(404, new String[]{"Not found", "یافت نشد"}),
            Map.entry(405, new String[]{"Method not allowed", "این روش درخواست پذیرفته نیست"}),
            Map.entry(409, new String[]{"Conflict", "تعارض با وضعیت فعلی"}),
            Map.entry(413, new String[]{"Payload too large", "حجم درخواست بیش از حد مجاز است"}),
            Map.entry(415, new String[]{"Unsupported media type", "قالب داده پشتیبانی نمی‌شود"}),
            Map.entry(422, new String[]{"Rule violated", "قاعدهٔ کار اجازه نمی‌دهد"}),
            Map.entry(429, new String[]{"Too many requests", "درخواست‌ها بیش از حد مجاز است"}),
            Map.entry(503, new String[]{"Service unavailable", "سامانه موقتاً در دسترس نیست"}));

    private Problems() {
    }

    public static Response of(BusinessException e, String instance) {
        return build(e.kind().httpStatus(), e.code(), e.getMessage(), e.persianMessage(), instance, null);
    }

    public static Response of(int status, String code, String detail, String detailFa, String instance) {
        return build(status, code, detail, detailFa, instance, null);
    }

    /**
     * The problem for an HTTP-level refusal that no use case made (unknown address, wrong method,
     * body too large…), the same whether JAX-RS or the servlet container noticed it.
     */
    public static Problem ofStatus(int status, String instance) {
        return switch (status) {
            case 400 -> problem(400, "HTTP_400", "The request is malformed: a parameter or the address cannot be read.",
                    "درخواست نادرست است: نشانی یا یکی از پارامترهای آن خوانا نیست.", instance);
            case 404 -> problem(404, "NOT_FOUND", "No such resource.", "چنین نشانی‌ای وجود ندارد.", instance);
            case 405 -> problem(405, "HTTP_405", "This method is not allowed on this address.",
                    "این روش درخواست برای این نشانی پذیرفته نیست.", instance);
            case 413 -> problem(413, "PAYLOAD_TOO_LARGE", "The request body is larger than the server accepts.",
                    "حجم درخواست بیش از اندازهٔ مجاز است.", instance);
            case 415 -> problem(415, "HTTP_415", "The request body's media type is not accepted here.",
                    "قالب دادهٔ فرستاده‌شده در این نشانی پذیرفته نیست.", instance);
            case 500 -> problem(500, "INTERNAL_ERROR", "An unexpected error occurred; it has been logged.",
                    "خطای پیش‌بینی‌نشده‌ای رخ داد و ثبت شد. لطفاً دوباره بکوشید.", instance);
            case 503 -> problem(503, "SERVICE_UNAVAILABLE", "The service is unavailable right now; try again in a minute.",
                    "سامانه موقتاً در دسترس نیست؛ چند دقیقهٔ دیگر دوباره بکوشید.", instance);
            default -> problem(status, "HTTP_" + status, "The request was not accepted.", "درخواست پذیرفته نشد.", instance);
        };
    }

    /** A problem body, for answers written outside JAX-RS as well. */
    public static Problem problem(int status, String code, String detail, String detailFa, String instance) {
        return problem(status, code, detail, detailFa, instance, null);
    }

    private static Problem problem(int status, String code, String detail, String detailFa, String instance,
                                   List<Problem.FieldError> errors) {
        String[] titles = TITLES.getOrDefault(status, new String[]{"Error", "خطا"});
        return new Problem("urn:pishkhan:problem:" + code.toLowerCase().replace('_', '-'), titles[0], status,
                detail, code, titles[1], detailFa, instance, errors);
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
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(problem(status, code, detail, detailFa, instance, errors)).build();
    }
}
