package ir.pishkhan.rest.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods and media types → problem answers instead of the runtime's HTML. */
@Provider
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext securityContext;

    @Override
    public Response toResponse(WebApplicationException e) {
        ProblemMappers delegate = new ProblemMappers();
        delegate.uriInfo = uriInfo;
        delegate.securityContext = securityContext;
        return delegate.toResponse(e);
    }
}
