package ir.pishkhan.rest.shared;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Problem answers written by the servlet layer, for API requests that never reach JAX-RS (a
 * body too large, an error the container itself dispatches): the same JSON as {@link Problems}.
 */
public final class ServletProblems {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ServletProblems() {
    }

    /** Whether a request path (context root included) addresses the REST API. */
    public static boolean isApi(HttpServletRequest request, String requestUri) {
        String path = requestUri == null ? "" : requestUri.substring(Math.min(requestUri.length(),
                request.getContextPath().length()));
        return path.equals("/api") || path.startsWith("/api/");
    }

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        byte[] body = JSONB.toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
