package ir.pishkhan.rest.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods and media types → problem answers instead of the runtime's HTML. */
@Provider
public class WebApplicationProblemMapper extends ProblemMappers.Specific<WebApplicationException> {
}
