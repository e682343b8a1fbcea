package ir.pishkhan.rest.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.security.Principal;
import java.sql.SQLNonTransientConnectionException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every exception that can leave a resource becomes one problem answer: the right status and
 * stable code, Persian texts, the fields at fault, and never an exception's name or message.
 */
class ProblemMappersTest {

    static final String PATH = "/pishkhan/api/licenses/7/renewal";

    @Test
    void aRefusalReachesTheClientWithItsCodeEvenWhenTheContainerWrappedIt() {
        BusinessException stale = new BusinessException(ErrorKind.CONFLICT, "STALE_VERSION",
                "این مورد را کاربر دیگری تغییر داده است.", "Someone else changed it.");

        Problem p = problem(mapper("kavar.clerk").toResponse(new EJBException(stale)), 409);

        assertEquals("STALE_VERSION", p.code());
        assertEquals("این مورد را کاربر دیگری تغییر داده است.", p.detailFa());
        assertEquals(PATH, p.instance());
    }

    @Test
    void aForbiddenRefusalAsksAnAnonymousCallerToSignInInstead() {
        Response anonymous = mapper(null).toResponse(BusinessException.forbidden());
        assertEquals("AUTHENTICATION_REQUIRED", problem(anonymous, 401).code());
        assertEquals("Basic realm=\"pishkhan\", charset=\"UTF-8\"", anonymous.getHeaderString("WWW-Authenticate"));

        assertEquals("AUTHENTICATION_REQUIRED", problem(mapper("anonymous").toResponse(new EJBAccessException("denied")), 401).code());
        assertEquals("ACCESS_DENIED", problem(mapper("kavar.clerk").toResponse(new EJBAccessException("denied")), 403).code());
        assertEquals("ACCESS_DENIED", problem(mapper("kavar.clerk").toResponse(BusinessException.forbidden()), 403).code());
    }

    @Test
    void invalidFieldsAreNamedAsInTheJsonBodyInAlphabeticalOrder() {
        Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
        violations.add(violation("create.body.username", "نام کاربری لازم است."));
        violations.add(violation("create.body.password", "گذرواژه دست‌کم ۱۰ نویسه است."));
        violations.add(violation("search.q", "عبارت جستجو بلند است."));

        Problem p = problem(mapper("admin").toResponse(new ConstraintViolationException(violations)), 400);

        assertEquals("VALIDATION_FAILED", p.code());
        assertEquals(List.of(new Problem.FieldError("password", "گذرواژه دست‌کم ۱۰ نویسه است."),
                new Problem.FieldError("q", "عبارت جستجو بلند است."),
                new Problem.FieldError("username", "نام کاربری لازم است.")), p.errors());
    }

    @Test
    void aConcurrentChangeIsAConflictToReloadEvenInsideAPersistenceException() {
        Problem direct = problem(mapper("kavar.clerk").toResponse(new OptimisticLockException("row changed")), 409);
        assertEquals("CONCURRENT_CHANGE", direct.code());
        assertEquals("هم‌زمان کاربر دیگری همین مورد را تغییر داد؛ صفحه را تازه کنید و دوباره بکوشید.", direct.detailFa());

        Throwable wrapped = new EJBException(new PersistenceException(new OptimisticLockException("row changed")));
        assertEquals("CONCURRENT_CHANGE", problem(mapper("kavar.clerk").toResponse(wrapped), 409).code());
    }

    @Test
    void aBodyThatIsNotJsonOfTheRightShapeIsMalformed() {
        Problem p = problem(mapper(null).toResponse(new JsonbException("Unexpected char 39 at (line no=1, column no=2)")), 400);
        assertEquals("MALFORMED_BODY", p.code());
        assertFalse(p.detail().contains("Unexpected char"), p::detail);
    }

    @Test
    void theRuntimesOwnRefusalsBecomeProblemsAndKeepTheirHeaders() {
        assertEquals("NOT_FOUND", problem(mapper(null).toResponse(new NotFoundException("RESTEASY003210: no resource")), 404).code());

        Response notAllowed = mapper(null).toResponse(new NotAllowedException(Response.status(405).allow("GET", "POST").build()));
        assertEquals("HTTP_405", problem(notAllowed, 405).code());
        assertEquals(Set.of("GET", "POST"), Set.of(notAllowed.getHeaderString("Allow").split(", ?")));
    }

    @Test
    void anUnreachableDatabaseIsAnOutageToRetryLater() {
        RuntimeException e = new PersistenceException(new SQLNonTransientConnectionException("Socket fail to connect to host"));
        Response answer = mapper("kavar.clerk").toResponse(new EJBException(e));
        assertEquals("DATABASE_UNAVAILABLE", problem(answer, 503).code());
        assertEquals("60", answer.getHeaderString("Retry-After"));
    }

    @Test
    void anythingElseIsAnInternalErrorThatNamesNoException() {
        Problem p = problem(mapper("kavar.clerk").toResponse(new IllegalStateException("NPE in LicenseService line 42")), 500);
        assertEquals("INTERNAL_ERROR", p.code());
        assertEquals("خطای پیش‌بینی‌نشده‌ای رخ داد و ثبت شد. لطفاً دوباره بکوشید.", p.detailFa());
        for (String text : new String[]{p.title(), p.detail(), p.titleFa(), p.detailFa()}) {
            assertFalse(text.contains("Exception") || text.contains("LicenseService"), text);
        }
        assertNull(p.errors());
    }

    @Test
    void theMappersForOneTypeAnswerAsTheCatchAllDoes() {
        ValidationProblemMapper validation = new ValidationProblemMapper();
        validation.uriInfo = uri();
        Set<ConstraintViolation<?>> one = Set.of(violation("create.body.name", "نام لازم است."));
        Problem p = problem(validation.toResponse(new ConstraintViolationException(one)), 400);
        assertEquals(List.of(new Problem.FieldError("name", "نام لازم است.")), p.errors());
        assertEquals(PATH, p.instance());

        WebApplicationProblemMapper web = new WebApplicationProblemMapper();
        assertEquals("HTTP_415", problem(web.toResponse(new jakarta.ws.rs.NotSupportedException()), 415).code());
    }

    static Problem problem(Response answer, int status) {
        assertEquals(status, answer.getStatus(), () -> String.valueOf(answer.getEntity()));
        assertEquals(Problem.MEDIA_TYPE, answer.getMediaType().toString());
        Problem p = (Problem) answer.getEntity();
        assertEquals(status, p.status());
        assertFalse(p.titleFa().isBlank());
        assertFalse(p.detailFa().isBlank());
        return p;
    }

    /** The catch-all mapper as JAX-RS sets it up for a request by {@code user} (null: no one signed in). */
    static ProblemMappers mapper(String user) {
        ProblemMappers m = new ProblemMappers();
        m.uriInfo = uri();
        Principal principal = user == null ? null : () -> user;
        m.securityContext = (SecurityContext) Proxy.newProxyInstance(ProblemMappersTest.class.getClassLoader(),
                new Class<?>[]{SecurityContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> principal;
                    case "isUserInRole", "isSecure" -> false;
                    default -> null;
                });
        return m;
    }

    static UriInfo uri() {
        return (UriInfo) Proxy.newProxyInstance(ProblemMappersTest.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getRequestUri")
                        ? URI.create("http://127.0.0.1:8080" + PATH + "?x=1") : null);
    }

    /** A violation as Bean Validation reports it for a method parameter, e.g. {@code create.body.username}. */
    static ConstraintViolation<?> violation(String path, String message) {
        Path p = (Path) Proxy.newProxyInstance(ProblemMappersTest.class.getClassLoader(), new Class<?>[]{Path.class},
                (proxy, method, args) -> method.getName().equals("toString") ? path : null);
        return (ConstraintViolation<?>) Proxy.newProxyInstance(ProblemMappersTest.class.getClassLoader(),
                new Class<?>[]{ConstraintViolation.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPropertyPath" -> p;
                    case "getMessage" -> message;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> path + ": " + message;
                    default -> null;
                });
    }
}
