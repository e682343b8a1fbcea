package ir.pishkhan.web.shared;

import ir.pishkhan.rest.shared.Problems;
import ir.pishkhan.rest.shared.ServletProblems;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.config.Settings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Refusals made before anything reads a request, answered like every other error: problem+json
 * for the API, the Persian error page for pages.
 * <ul>
 *   <li>A body larger than the server accepts ({@code pishkhan.request.max-bytes}, default 6 MB)
 *   is 413 ({@code PAYLOAD_TOO_LARGE}). The limit sits above the 5 MB an attachment may have, so
 *   a slightly larger file still reaches its use case and is refused with its own message.
 *   Without this, the container parses an oversized multipart upload to a page for the first
 *   request parameter Faces reads, fails on its multipart limits and answers 500. The one
 *   exception is the roll-out upload ({@code POST /api/imports} and the imports page), whose
 *   files may reach {@code pishkhan.import.max-bytes} (default 15 MB): it passes up to that limit
 *   and 1 MB more, for the multipart envelope and so that a slightly larger file still reaches
 *   its use case and is refused with its own message ({@code IMPORT_FILE_TOO_LARGE}).</li>
 *   <li>{@code TRACE} to a page is 405: it would echo the request, cookies included, back to the
 *   caller. The listener no longer refuses it with an empty answer, so the refusal is made here
 *   (JAX-RS refuses it for the API).</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*")
public class RequestGateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Up to this much of a refused body is read and thrown away first, so that a client still
     * sending it reads the answer rather than a reset connection: the listener's max-post-size
     * and the pages' multipart request limit.
     */
    private static final long DRAIN_LIMIT = 20L * 1024 * 1024;

    private final long maxBytes = Settings.integer("pishkhan.request.max-bytes", 6 * 1024 * 1024);

    /** The roll-out upload's limit: the file's own and room for the envelope (see the class comment). */
    private final long importMaxBytes = Setting.IMPORT_MAX_BYTES.integer() + 1024L * 1024;

    /** Where roll-out files are uploaded: the API and the imports page (below the context path). */
    private static final java.util.Set<String> IMPORT_UPLOADS = java.util.Set.of("/api/imports", "/app/admin/imports.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The API's own runtime answers TRACE with a 405 naming the resource's methods; pages would echo it.
        if ("TRACE".equals(request.getMethod()) && !ServletProblems.isApi(request, request.getRequestURI())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > limit(request)) {
            drain(request, length);
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // A body sent without a length (chunked) meets the container's multipart limits only
            // while it is read; that failure is the same refusal, not an internal error.
            if (!tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    private long limit(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && IMPORT_UPLOADS.contains(path) ? Math.max(maxBytes, importMaxBytes)
                : maxBytes;
    }

    /**
     * Reads and discards a refused body the client is already sending. A client that asked to
     * continue first ({@code Expect: 100-continue}) has not sent it and never will: nothing to read.
     */
    private static void drain(HttpServletRequest request, long length) {
        if (length > DRAIN_LIMIT || "100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            return;
        }
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The body broke off or passed a container limit: answer anyway; the connection closes.
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException, ServletException {
        if (ServletProblems.isApi(request, request.getRequestURI())) {
            ServletProblems.write(response, Problems.ofStatus(status, request.getRequestURI()));
            return;
        }
        response.setStatus(status);
        HttpServletRequest bodiless = new Bodiless(request);
        bodiless.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        bodiless.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.getRequestDispatcher("/error.xhtml").forward(bodiless, response);
    }

    /** Whether the container refused the body for its size (Undertow's multipart and post-size limits). */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("RequestTooBigException") || name.equals("FileTooLargeException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The request as the error page sees it: a GET without parameters or body, so rendering the
     * page never reads the body that was refused.
     */
    private static final class Bodiless extends HttpServletRequestWrapper {

        Bodiless(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public long getContentLengthLong() {
            return -1;
        }

        @Override
        public int getContentLength() {
            return -1;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public java.util.Collection<jakarta.servlet.http.Part> getParts() {
            return java.util.List.of();
        }

        @Override
        public jakarta.servlet.http.Part getPart(String name) {
            return null;
        }
    }
}
