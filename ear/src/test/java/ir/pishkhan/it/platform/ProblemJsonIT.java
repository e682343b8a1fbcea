package ir.pishkhan.it.platform;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every refusal reaches API clients as application/problem+json with a stable code and Persian
 * and English texts; nothing is half-written when a request is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemJsonIT {

    @Test
    void invalidBodyIs400ListingTheFields() {
        Api.Answer a = Api.admin().post("/api/users", Api.json("username", "", "displayName", "", "password", ""));
        assertProblem(a, 400, "VALIDATION_FAILED");
        List<String> fields = a.json().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field")).toList();
        assertEquals(List.of("displayName", "password", "username"), fields);
        assertTrue(a.json().getJsonArray("errors").getJsonObject(2).getString("message").contains("نام کاربری"));
    }

    @Test
    void domainRuleRefusalIs400WithItsOwnCode() {
        Api.Answer a = Api.admin().post("/api/users",
                Api.json("username", "weak." + Api.unique(), "displayName", "کاربر", "password", "short"));
        assertProblem(a, 400, "PASSWORD_WEAK");
    }

    @Test
    void malformedJsonIs400() {
        Api.Answer a = Api.admin().post("/api/users", "{not json");
        assertProblem(a, 400, "MALFORMED_BODY");
    }

    @Test
    void forbiddenIs403() {
        String clerk = Fixtures.user("problem", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        Api.Answer a = Fixtures.login(clerk).post("/api/users",
                Api.json("username", "x" + Api.unique(), "displayName", "x", "password", "Abcdefg123"));
        assertProblem(a, 403, "ACCESS_DENIED");
    }

    @Test
    void anonymousIs401WithChallenge() {
        Api.Answer a = Api.anonymous().get("/api/users");
        assertProblem(a, 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    void wrongPasswordIs401() {
        Api.Answer a = Api.as(Api.ADMIN, "wrong-password-1").get("/api/users");
        assertProblem(a, 401, "AUTHENTICATION_FAILED");
    }

    @Test
    void unknownObjectAndUnknownPathAre404() {
        assertProblem(Api.admin().get("/api/users/no.such.user"), 404, "USER_NOT_FOUND");
        assertProblem(Api.admin().get("/api/no-such-endpoint"), 404, "NOT_FOUND");
    }

    @Test
    void duplicateIs409AndNothingIsHalfWritten() {
        String name = "dup." + Api.unique();
        assertEquals(201, Api.admin().post("/api/users",
                Api.json("username", name, "displayName", "اول", "password", "Abcdefg123")).status());
        Api.Answer again = Api.admin().post("/api/users",
                Api.json("username", name, "displayName", "دوم", "password", "Abcdefg123"));
        assertProblem(again, 409, "USERNAME_TAKEN");
        assertEquals("اول", Api.admin().get("/api/users/" + name).json().getString("displayName"));
        JsonObject audit = Api.as("auditor", Api.DEMO_PASSWORD).get("/api/audit?objectId=" + name).json();
        assertEquals(1, audit.getInt("total"), "only the successful creation is audited");
    }

    @Test
    void invalidGrantScopeLeavesNoTrace() {
        String name = Fixtures.user("scope", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        Api.Answer a = Api.admin().post("/api/users/" + name + "/grants",
                Api.json("role", "ADMIN", "scopeType", "COUNTY", "scopeId", Fixtures.countyId("IR-07", "Kavar")));
        assertProblem(a, 400, "GRANT_SCOPE_INVALID");
        assertEquals(1, Api.admin().get("/api/users/" + name).json().getJsonArray("grants").size());
    }

    /** The context root the API lives under, e.g. {@code /pishkhan}. */
    static final String ROOT = URI.create(Api.BASE).getPath();

    @Test
    void rawUtf8InTheQueryIsReadAsTheSameText() throws Exception {
        // Sent byte for byte as a shell or a hand-typed URL sends it: UTF-8 letters, not %-escapes.
        RawAnswer raw = raw("GET " + ROOT + "/api/counties?q=کوار HTTP/1.1", "Authorization: " + basic(Api.ADMIN, Api.ADMIN_PASSWORD));
        assertEquals(200, raw.status(), raw::toString);
        Api.Answer escaped = Api.admin().get("/api/counties?q=" + URLEncoder.encode("کوار", StandardCharsets.UTF_8));
        assertEquals(200, escaped.status(), escaped::toString);
        assertTrue(escaped.array().stream().anyMatch(c -> ((JsonObject) c).getString("nameFa").equals("کوار")), escaped::toString);
        assertEquals(escaped.body(), raw.body(), "the raw and the escaped query find the same counties");
    }

    @Test
    void escapedSpacesAndSeparatorsStayInsideTheirValue() {
        // The listener hands the query on decoded once it held an escape; the API must still read
        // "کوار&limit=1" as one value (no county is named so) and a quoted phrase as text, not fail.
        Api.Answer separators = Api.admin().get("/api/counties?q=" + URLEncoder.encode("کوار&limit=1", StandardCharsets.UTF_8));
        assertEquals(200, separators.status(), separators::toString);
        assertEquals(0, separators.array().size(), separators::toString);
        Api.Answer phrase = Api.admin().get("/api/counties?q=" + URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8)
                .replace("+", "%20"));
        assertEquals(200, phrase.status(), phrase::toString);
        assertEquals(0, phrase.array().size(), phrase::toString);
    }

    @Test
    void unknownApiPathIs404ProblemNamingThePath() {
        Api.Answer a = Api.admin().get("/api/no-such-endpoint/deeper");
        assertProblem(a, 404, "NOT_FOUND");
        assertEquals(ROOT + "/api/no-such-endpoint/deeper", a.json().getString("instance"));
    }

    @Test
    void wrongMethodIs405Problem() throws Exception {
        HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/provinces"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertProblem(answer(delete), 405, "HTTP_405");
        assertTrue(delete.headers().firstValue("Allow").orElse("").contains("GET"), delete.headers()::toString);
        assertEquals(ROOT + "/api/provinces", answer(delete).json().getString("instance"));

        // TRACE is refused too, never echoed: problem+json for the API, the Persian page for pages.
        assertProblem(answer(HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/provinces"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))), 405, "HTTP_405");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/verify.xhtml"))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("X-Echo-Me", "secret-cookie").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(405, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers()::toString);
        assertFalse(page.body().contains("secret-cookie"), "TRACE is not echoed");
        assertTrue(page.body().contains("lang=\"fa\""), page.body());
    }

    @Test
    void oversizedUploadIs413ForPagesAndTheApi() throws Exception {
        byte[] file = new byte[7 * 1024 * 1024];
        java.util.Arrays.fill(file, (byte) 'x');
        String boundary = "----pishkhan" + Api.unique();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        String type = "multipart/form-data; boundary=" + boundary;

        // A page (the public complaint form): the Persian error page, with 413 — not a 500.
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/complaint.xhtml"))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(413, page.statusCode(), page::body);
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers()::toString);
        assertTrue(page.body().contains("حجم پرونده یا درخواست بیش از اندازهٔ مجاز است"), page.body());

        // The API: problem+json naming the path.
        String path = "/api/violations/1/attachments?fileName=big.pdf";
        Api.Answer api = Api.admin().upload(path, type, body.toByteArray());
        assertProblem(api, 413, "PAYLOAD_TOO_LARGE");
        assertEquals(ROOT + "/api/violations/1/attachments", api.json().getString("instance"));
    }

    @Test
    void instanceIsTheRequestPath() {
        String clerk = Fixtures.user("instance", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        long ardabil = Fixtures.countyId("IR-24", "Ardabil");
        Api.Answer refused = Fixtures.login(clerk).get("/api/counties/" + ardabil);
        assertProblem(refused, 403, "ACCESS_DENIED");
        assertEquals(ROOT + "/api/counties/" + ardabil, refused.json().getString("instance"));
        Api.Answer invalid = Api.admin().post("/api/users", Api.json("username", "", "displayName", "", "password", ""));
        assertEquals(ROOT + "/api/users", invalid.json().getString("instance"));
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Api.Answer answer(HttpResponse<String> r) {
        return new Api.Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An answer read off a plain socket. */
    record RawAnswer(int status, String head, String body) {
    }

    /** Sends a request line and headers exactly as given (UTF-8 bytes) and reads the whole answer. */
    private static RawAnswer raw(String requestLine, String... headers) throws Exception {
        URI base = URI.create(Api.BASE);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: ").append(base.getHost())
                    .append(':').append(base.getPort()).append("\r\nAccept: application/json\r\nConnection: close\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = split < 0 ? answer : answer.substring(0, split);
            String body = split < 0 ? "" : answer.substring(split + 4);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            return new RawAnswer(Integer.parseInt(head.split(" ", 3)[1]), head, body);
        }
    }

    private static String dechunk(String chunked) {
        byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length) {
            int lineEnd = i;
            while (bytes[lineEnd] != '\r') {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(bytes, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
