package ir.pishkhan.rest.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Errors the servlet container answers itself — an exception no mapper saw, a status sent before
 * JAX-RS ran — are dispatched to the Persian error page; for an API request this answers
 * application/problem+json instead, so API clients never get an HTML page or an empty body.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorDispatchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!ServletProblems.isApi(request, uri) || response.isCommitted()) {
            chain.doFilter(request, response);
            return;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        ServletProblems.write(response, Problems.ofStatus(code, uri));
    }
}
