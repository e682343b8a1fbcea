package ir.pishkhan.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * A small HTTP client for the REST API as a given user (HTTP Basic) or anonymously; answers
 * come back with their status, content type and parsed JSON.
 */
public final class Api {

    public static final String BASE = System.getProperty("app.url", "http://127.0.0.1:8080/pishkhan");
    public static final String ADMIN = "itadmin";
    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "Admin-Test-Only-1");
    public static final String DEMO_PASSWORD = "pishkhan1404";
    public static final String TEST_PASSWORD = "Test-Pass-1404";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;
    private final String base;

    private Api(String authorization) {
        this(authorization, BASE);
    }

    private Api(String authorization, String base) {
        this.authorization = authorization;
        this.base = base;
    }

    /** The same caller against another server, e.g. one node of a cluster. */
    public Api at(String otherBase) {
        return new Api(authorization, otherBase);
    }

    public static Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api("Basic " + token);
    }

    public static Api admin() {
        return as(ADMIN, ADMIN_PASSWORD);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    /** A unique suffix so tests never collide with each other's data or earlier runs. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, json);
    }

    public Answer put(String path, String json) {
        return send("PUT", path, json);
    }

    /** Sends a typed body (see {@link Bodies}). */
    public Answer post(String path, Bodies.Body body) {
        return send("POST", path, body.json().toString());
    }

    /** Sends a typed body (see {@link Bodies}). */
    public Answer put(String path, Bodies.Body body) {
        return send("PUT", path, body.json().toString());
    }

    public Answer delete(String path) {
        return send("DELETE", path, null);
    }

    public Answer send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, */*;q=0.5");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (json != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** Posts raw bytes (a file upload) with the given content type. */
    public Answer upload(String path, String contentType, byte[] content) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        }
    }

    /** Gets a binary resource; fails unless the answer is 200. */
    public byte[] download(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": "
                        + new String(r.body(), StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    /** An HTTP answer. */
    public record Answer(int status, String contentType, String body) {
        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** Today in Iran as a Jalali date with Persian digits, computed independently with ICU4J's own calendar. */
    public static String jalaliToday() {
        com.ibm.icu.util.Calendar c = com.ibm.icu.util.Calendar.getInstance(
                com.ibm.icu.util.TimeZone.getTimeZone("Asia/Tehran"), new com.ibm.icu.util.ULocale("fa_IR@calendar=persian"));
        String latin = String.format(java.util.Locale.ROOT, "%04d/%02d/%02d", c.get(com.ibm.icu.util.Calendar.YEAR),
                c.get(com.ibm.icu.util.Calendar.MONTH) + 1, c.get(com.ibm.icu.util.Calendar.DAY_OF_MONTH));
        StringBuilder persian = new StringBuilder();
        for (char ch : latin.toCharArray()) {
            persian.append(Character.isDigit(ch) ? (char) ('۰' + (ch - '0')) : ch);
        }
        return persian.toString();
    }

    /** JSON text from key/value pairs, for request bodies. */
    public static String json(Object... keyValues) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            String k = (String) keyValues[i];
            if (v == null) {
                b.add(k, JsonValue.NULL);
            } else if (v instanceof Number n) {
                b.add(k, n.longValue());
            } else if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else {
                b.add(k, v.toString());
            }
        }
        return b.build().toString();
    }
}
