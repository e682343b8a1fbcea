package ir.pishkhan.rest.shared;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of request bodies and parameters → 400 listing the fields. Declared
 * for this exact type so it takes precedence over the JAX-RS runtime's own violation report.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext securityContext;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        ProblemMappers delegate = new ProblemMappers();
        delegate.uriInfo = uriInfo;
        delegate.securityContext = securityContext;
        return delegate.toResponse(e);
    }
}
