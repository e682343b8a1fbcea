package ir.pishkhan.rest.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Gives JAX-RS the query string escaped, as the client sent it.
 *
 * <p>The listener accepts raw UTF-8 in addresses ({@code allow-unescaped-characters-in-url}, so
 * {@code ?q=کوار} typed in a shell works). With that option the server hands on the query string
 * already %-decoded whenever the address held an escape or a non-ASCII letter, while it parses
 * the parameters themselves from the raw address. JAX-RS reads its parameters again from that
 * string: a decoded space made it fail with a 500, and a decoded {@code &} or {@code =} would
 * split one value in two. So for the API the string is rebuilt from the parameters the server
 * parsed, each escaped again.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiQueryStringFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (query == null) {
            chain.doFilter(request, response);
            return;
        }
        // A form body's fields are parameters too, and reading them would consume the body (no API
        // operation takes one): then only what cannot stand in a query is escaped again.
        String rebuilt = hasFormBody(request) ? escapeIllegal(query) : escape(request.getParameterMap());
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private final String escaped = rebuilt;

            @Override
            public String getQueryString() {
                return escaped;
            }
        }, response);
    }

    private static boolean hasFormBody(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.startsWith("application/x-www-form-urlencoded") || t.startsWith("multipart/");
    }

    /** Characters that may stand unescaped in a query (RFC 3986), the separators included. */
    private static final String QUERY_CHARS = "-._~!$&'()*+,;=:@/?";

    static String escapeIllegal(String query) {
        StringBuilder q = new StringBuilder();
        for (byte b : query.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || QUERY_CHARS.indexOf(c) >= 0) {
                q.append(c);
            } else {
                q.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return q.toString();
    }

    static String escape(Map<String, String[]> parameters) {
        StringBuilder q = new StringBuilder();
        parameters.forEach((name, values) -> {
            for (String value : values) {
                q.append(q.length() == 0 ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8));
                if (value != null) {
                    q.append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
        });
        return q.toString();
    }
}
