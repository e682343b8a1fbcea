package ir.pishkhan.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Checks;
import ir.pishkhan.it.support.FreshDeployment;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SQL-injection and XSS probes, and malformed JSON, against every public form and endpoint:
 * never a 5xx, never SQL error text, never the payload reflected unescaped in a page, and the
 * database intact. Kept to a few dozen public API calls so the public rate limit (60 a minute
 * per address) is not exhausted for the tests that follow.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@FreshDeployment
class SecurityProbesIT {

    static final List<String> PAYLOADS = List.of("' OR '1'='1", "'; DROP TABLE license; --", "1 UNION SELECT username, password_hash FROM user_account",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "%27%20OR%201=1--",
            "${7*7}#{7*7}", "\u0000", "0723-G-00001-0' AND SLEEP(5)-- ");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void assertSafe(String where, int status, String body) {
        assertTrue(status < 500, () -> where + " answered " + status + ": " + body);
        for (String leak : List.of("SQLSyntaxError", "You have an error in your SQL syntax", "MariaDB", "java.", "Exception")) {
            assertFalse(body.contains(leak), () -> where + " leaks '" + leak + "': " + body);
        }
    }

    @Test
    void injectionAndScriptProbesAgainstPublicEndpointsAndPages() throws Exception {
        long licences = Checks.number("SELECT COUNT(*) FROM license");
        long accounts = Checks.number("SELECT COUNT(*) FROM user_account");
        for (String p : PAYLOADS) {
            HttpResponse<String> verify = get("/api/public/licenses/" + enc(p));
            assertSafe("verify " + p, verify.statusCode(), verify.body());
            assertTrue(verify.statusCode() == 404 || verify.statusCode() == 400 || verify.statusCode() == 429, verify::body);
            HttpResponse<String> offices = get("/api/public/offices?q=" + enc(p));
            assertSafe("offices " + p, offices.statusCode(), offices.body());
            if (offices.statusCode() == 200) {
                assertEquals("[]", offices.body().strip(), "an injected search finds nothing");
            }
            // Pages: the payload may be shown, but only escaped.
            for (String page : List.of("/verify.xhtml?number=", "/complaint-status.xhtml?code=")) {
                HttpResponse<String> html = get(page + enc(p));
                assertSafe(page + p, html.statusCode(), html.body());
                assertFalse(html.body().contains("<script>alert(1)</script>"), page + " reflects a script");
                assertFalse(html.body().contains("<img src=x onerror"), page + " reflects markup");
            }
            // Sign-in with an injected user name is a plain refusal.
            Api.Answer signIn = Api.as(p.replace("\u0000", ""), p.replace("\u0000", "")).get("/api/me");
            assertEquals(401, signIn.status(), signIn::toString);
        }
        assertEquals(licences, Checks.number("SELECT COUNT(*) FROM license"), "no licence touched");
        assertEquals(accounts, Checks.number("SELECT COUNT(*) FROM user_account"), "no account touched");
    }

    @Test
    void malformedJsonToPublicEndpointsIsAProblemNeverAServerError() throws Exception {
        Random random = new Random(1404);
        String valid = Api.json("licenseNumber", "0723-G-00001-0", "text", "متن شکایت آزمایشی برای بررسی", "name", "شهروند",
                "mobile", "09121234567");
        List<String> bodies = new java.util.ArrayList<>(List.of("", "{", "[]", "null", "\"text\"", "{\"licenseNumber\": 5}",
                "{\"licenseNumber\": {\"a\": [1, 2, {\"b\": null}]}}", "{\"text\": \"" + "ش".repeat(100_000) + "\"}",
                "{\"rating\": \"five\"}", "{\"rating\": 1e400}", "{\"rating\": -1}", "{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
                "{\"licenseNumber\": \"\\ud800\"}", valid.replace("}", ",\"extra\":true}")));
        for (int i = 0; i < 10; i++) {
            StringBuilder mutated = new StringBuilder(valid);
            for (int k = 0; k < 3; k++) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(3)) {
                    case 0 -> mutated.deleteCharAt(at);
                    case 1 -> mutated.insert(at, "\"{}[],:\\".charAt(random.nextInt(8)));
                    default -> mutated.setCharAt(at, (char) (32 + random.nextInt(95)));
                }
            }
            bodies.add(mutated.toString());
        }
        int processed = 0;
        for (String body : bodies) {
            for (String path : List.of("/api/public/complaints/ABCDE-FGHJK/rating")) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertSafe(path + " " + body.substring(0, Math.min(60, body.length())), r.statusCode(), r.body());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                        () -> "problem+json for " + body.substring(0, Math.min(60, body.length())) + ": " + r.body());
                assertTrue(r.body().contains("\"code\""), r::body);
                if (r.statusCode() != 429) {
                    processed++;
                }
            }
        }
        assertTrue(processed >= bodies.size() / 2, "most bodies reached the application: " + processed + " of " + bodies.size());
    }
}
