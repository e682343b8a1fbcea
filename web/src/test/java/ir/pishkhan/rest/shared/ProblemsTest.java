package ir.pishkhan.rest.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The problem answers every API client reads: status, stable code, English and Persian texts. */
class ProblemsTest {

    @Test
    void aRefusalOfAUseCaseKeepsItsCodeAndBothTextsUnderTheStatusOfItsKind() {
        BusinessException full = new BusinessException(ErrorKind.RULE, "CAPACITY_FULL",
                "ظرفیت این شهرستان پر است.", "The county's capacity is full.");

        Response answer = Problems.of(full, "/pishkhan/api/licenses/direct");

        assertEquals(422, answer.getStatus());
        assertEquals(Problem.MEDIA_TYPE, answer.getMediaType().toString());
        Problem p = (Problem) answer.getEntity();
        assertEquals(422, p.status());
        assertEquals("CAPACITY_FULL", p.code());
        assertEquals("urn:pishkhan:problem:capacity-full", p.type());
        assertEquals("Rule violated", p.title());
        assertEquals("قاعدهٔ کار اجازه نمی‌دهد", p.titleFa());
        assertEquals("The county's capacity is full.", p.detail());
        assertEquals("ظرفیت این شهرستان پر است.", p.detailFa());
        assertEquals("/pishkhan/api/licenses/direct", p.instance());
        assertNull(p.errors());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "INVALID, 400, درخواست نادرست است",
            "UNAUTHENTICATED, 401, ورود به سامانه لازم است",
            "FORBIDDEN, 403, دسترسی مجاز نیست",
            "NOT_FOUND, 404, یافت نشد",
            "CONFLICT, 409, تعارض با وضعیت فعلی",
            "RULE, 422, قاعدهٔ کار اجازه نمی‌دهد",
            "TOO_MANY, 429, درخواست‌ها بیش از حد مجاز است"})
    void everyKindOfRefusalHasItsStatusAndAPersianTitle(ErrorKind kind, int status, String titleFa) {
        Response answer = Problems.of(new BusinessException(kind, "SOME_CODE", "متن", "text"), null);
        assertEquals(status, answer.getStatus());
        assertEquals(titleFa, ((Problem) answer.getEntity()).titleFa());
    }

    @ParameterizedTest(name = "HTTP {0} → {1}")
    @CsvSource({
            "400, HTTP_400", "404, NOT_FOUND", "405, HTTP_405", "413, PAYLOAD_TOO_LARGE", "415, HTTP_415",
            "500, INTERNAL_ERROR", "503, SERVICE_UNAVAILABLE", "418, HTTP_418"})
    void anHttpLevelRefusalIsAProblemWithPersianTexts(int status, String code) {
        Problem p = Problems.ofStatus(status, "/pishkhan/api/x");
        assertEquals(status, p.status());
        assertEquals(code, p.code());
        assertTrue(p.detailFa().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), p::detailFa);
        assertTrue(p.titleFa().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), p::titleFa);
        assertEquals("/pishkhan/api/x", p.instance());
    }

    @Test
    void aStatusWithoutItsOwnTitleIsCalledAnError() {
        Problem p = Problems.ofStatus(418, null);
        assertEquals("Error", p.title());
        assertEquals("خطا", p.titleFa());
        assertEquals("درخواست پذیرفته نشد.", p.detailFa());
    }

    @Test
    void invalidInputListsTheFieldsInTheOrderGiven() {
        List<Problem.FieldError> errors = List.of(new Problem.FieldError("password", "گذرواژه کوتاه است."),
                new Problem.FieldError("username", "نام کاربری لازم است."));
        Response answer = Problems.invalid(errors, "/pishkhan/api/users");
        Problem p = (Problem) answer.getEntity();
        assertEquals(400, answer.getStatus());
        assertEquals("VALIDATION_FAILED", p.code());
        assertEquals("برخی از ورودی‌ها نادرست است.", p.detailFa());
        assertEquals(errors, p.errors());
    }

    @Test
    void anAnonymousCallerIsAskedToSignInWithBasicAuthentication() {
        Response answer = Problems.unauthenticated("/pishkhan/api/me");
        assertEquals(401, answer.getStatus());
        assertEquals("AUTHENTICATION_REQUIRED", ((Problem) answer.getEntity()).code());
        assertEquals("Basic realm=\"pishkhan\", charset=\"UTF-8\"", answer.getHeaderString("WWW-Authenticate"));
        assertEquals(Problem.MEDIA_TYPE, answer.getMediaType().toString());
    }

    @Test
    void aSignedInCallerOutsideTheirScopeIsForbidden() {
        Problem p = (Problem) Problems.forbidden(null).getEntity();
        assertEquals(403, p.status());
        assertEquals("ACCESS_DENIED", p.code());
        assertEquals("شما اجازهٔ این کار را در این محدوده ندارید.", p.detailFa());
    }
}
