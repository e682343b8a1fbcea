package ir.pishkhan.rest.shared;

import ir.pishkhan.shared.error.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Maps every exception that can leave a resource to a problem answer, once. Nothing else in
 * the REST layer builds error responses, and no stack trace ever reaches a client.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    UriInfo uriInfo;

    @jakarta.inject.Inject
    ir.pishkhan.health.boundary.Readiness readiness;

    @Context
    SecurityContext securityContext;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        // The path exactly as requested (context root included), so it names this occurrence.
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        if (e instanceof BusinessException be) {
            if (be.kind().httpStatus() == 403 && anonymous()) {
                return Problems.unauthenticated(instance);
            }
            return Problems.of(be, instance);
        }
        if (e instanceof ConstraintViolationException cve) {
            return Problems.invalid(fieldErrors(cve), instance);
        }
        if (e instanceof EJBAccessException || e instanceof ForbiddenException || e instanceof NotAuthorizedException) {
            return anonymous() ? Problems.unauthenticated(instance) : Problems.forbidden(instance);
        }
        if (e instanceof OptimisticLockException || e instanceof PessimisticLockException) {
            return Problems.of(409, "CONCURRENT_CHANGE", "Someone else changed this record at the same time; reload and try again.",
                    "هم‌زمان کاربر دیگری همین مورد را تغییر داد؛ صفحه را تازه کنید و دوباره بکوشید.", instance);
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            return Problems.of(400, "MALFORMED_BODY", "The request body is not valid JSON of the expected shape.",
                    "بدنهٔ درخواست JSON معتبر با ساختار مورد انتظار نیست.", instance);
        }
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            if (status < 500) {
                // The runtime's own headers stay (Allow on a 405); its message names its internals, so it does not.
                Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE)
                        .entity(Problems.ofStatus(status, instance));
                wae.getResponse().getHeaders().forEach((name, values) -> {
                    if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                        values.forEach(v -> answer.header(name, v));
                    }
                });
                return answer.build();
            }
        }
        // A connection failure in the causes, confirmed by the database not answering now: an
        // outage (503). A failed statement on a live database stays an internal error.
        if (ir.pishkhan.shared.error.DatabaseDown.in(thrown) && (readiness == null || !readiness.check().databaseUp())) {
            LOG.log(Level.WARNING, "Database unavailable at " + instance + ": " + e);
            return Response.fromResponse(Problems.of(503, "DATABASE_UNAVAILABLE",
                    "The database cannot be reached right now; try again in a minute.",
                    "سامانه موقتاً در دسترس نیست؛ چند دقیقهٔ دیگر دوباره بکوشید.", instance)).header("Retry-After", "60").build();
        }
        LOG.log(Level.SEVERE, "Unexpected error at " + instance, thrown);
        return Problems.of(500, "INTERNAL_ERROR", "An unexpected error occurred; it has been logged.",
                "خطای پیش‌بینی‌نشده‌ای رخ داد و ثبت شد. لطفاً دوباره بکوشید.", instance);
    }

    private boolean anonymous() {
        return securityContext == null || securityContext.getUserPrincipal() == null
                || "anonymous".equals(securityContext.getUserPrincipal().getName());
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException && !(current instanceof EJBAccessException))
                || (current != null && current.getClass().getName().startsWith("jakarta.transaction")
                && current.getCause() != null)) {
            if (current.getCause() == null) {
                break;
            }
            current = current.getCause();
        }
        if (current instanceof jakarta.persistence.PersistenceException pe && pe.getCause() != null
                && !(pe instanceof OptimisticLockException) && !(pe instanceof PessimisticLockException)) {
            Throwable inner = pe.getCause();
            if (inner instanceof OptimisticLockException || inner instanceof PessimisticLockException) {
                return inner;
            }
        }
        return current;
    }

    private static List<Problem.FieldError> fieldErrors(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    /** "create.body.username" → "username": the JSON property, not the Java call path. */
    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    /**
     * A mapper for one exception type, so that it takes precedence over the JAX-RS runtime's
     * own mapper for that type; it answers exactly as the catch-all does.
     */
    abstract static class Specific<E extends Throwable> implements ExceptionMapper<E> {

        @Context
        UriInfo uriInfo;

        @Context
        SecurityContext securityContext;

        @Override
        public Response toResponse(E e) {
            ProblemMappers delegate = new ProblemMappers();
            delegate.uriInfo = uriInfo;
            delegate.securityContext = securityContext;
            return delegate.toResponse(e);
        }
    }
}
