package ir.pishkhan.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the server serves is one a client generator and a reader can trust: it
 * passes Spectral's OpenAPI rules without an error, every operation can be called by name and is
 * filed under a context, creations answer 201, errors are problem documents, and the HTTP Basic
 * scheme is declared. That the listed statuses are the ones the server really answers is checked
 * by {@link AuthorizationMatrixIT}, which calls every operation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiLintIT {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    static JsonObject document;
    static String raw;

    @BeforeAll
    static void fetch() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Api.BASE).resolve("/openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        raw = r.body();
        try (var reader = Json.createReader(new StringReader(raw))) {
            document = reader.readObject();
        }
    }

    @Test
    void spectralFindsNoError() throws Exception {
        Path dir = Path.of(System.getProperty("openapi.lint.dir", "src/test/openapi"));
        Path out = Path.of(System.getProperty("openapi.lint.output", "target/openapi"));
        Files.createDirectories(out);
        Path served = out.resolve("openapi.json");
        Files.writeString(served, raw, StandardCharsets.UTF_8);
        Path spectral = dir.resolve("node_modules/.bin/spectral");
        assertTrue(Files.isExecutable(spectral), "Spectral is installed by the build (npm, " + dir + "): " + spectral);
        Path report = out.resolve("spectral.json");
        Process p = new ProcessBuilder(spectral.toString(), "lint", served.toString(),
                "--ruleset", dir.resolve(".spectral.yaml").toString(), "--format", "json",
                "--output", report.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(out.resolve("spectral.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "spectral did not finish");
        assertTrue(Files.exists(report), () -> "spectral wrote no report: " + read(out.resolve("spectral.log")));

        JsonArray results;
        try (var reader = Json.createReader(new StringReader(Files.readString(report)))) {
            results = reader.readArray();
        }
        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        for (JsonValue v : results) {
            JsonObject r = (JsonObject) v;
            String where = r.getJsonArray("path").stream().map(JsonValue::toString).reduce((a, b) -> a + "." + b).orElse("");
            if (r.getInt("severity") == 0) {
                errors.add(r.getString("code") + " at " + where + ": " + r.getString("message"));
            } else if (r.getInt("severity") == 1) {
                warnings.merge(r.getString("code"), 1, Integer::sum);
            }
        }
        int warningCount = warnings.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("Spectral (spectral:oas) on the served document: " + errors.size() + " errors, "
                + warningCount + " warnings " + warnings + "; report in " + report);
        assertTrue(errors.isEmpty(), errors.size() + " errors:\n" + String.join("\n", errors));
    }

    @Test
    void everyOperationHasAUniqueIdASummaryAndADeclaredTag() {
        Set<String> declaredTags = new TreeSet<>();
        document.getJsonArray("tags").forEach(t -> declaredTags.add(((JsonObject) t).getString("name")));
        Set<String> ids = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        eachOperation((op, o) -> {
            String id = o.getString("operationId", "");
            if (id.isBlank() || !ids.add(id)) {
                problems.add(op + ": operationId missing or not unique: '" + id + "'");
            }
            if (o.getString("summary", "").isBlank()) {
                problems.add(op + ": no summary");
            }
            JsonArray tags = o.getJsonArray("tags");
            if (tags == null || tags.isEmpty() || !declaredTags.containsAll(tags.getValuesAs(jakarta.json.JsonString::getString))) {
                problems.add(op + ": no tag, or one the document does not declare: " + tags);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(ids.size() >= 100, "operations: " + ids.size());
    }

    @Test
    void schemaNamesCarryNoNumbersAndNoSchemaIsEmpty() {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<String> numbered = schemas.keySet().stream().filter(n -> Character.isDigit(n.charAt(n.length() - 1))).toList();
        assertTrue(numbered.isEmpty(), "schema names ending in a digit: " + numbered);
        List<String> empty = schemas.entrySet().stream().filter(e -> isEmpty(e.getValue().asJsonObject()))
                .map(Map.Entry::getKey).toList();
        assertTrue(empty.isEmpty(), "empty schemas: " + empty);

        List<String> emptyAnswers = new ArrayList<>();
        eachOperation((op, o) -> o.getJsonObject("responses").forEach((status, answer) -> {
            JsonObject content = answer.asJsonObject().getJsonObject("content");
            if (status.startsWith("2") && content != null) {
                content.forEach((mediaType, media) -> {
                    JsonObject schema = media.asJsonObject().getJsonObject("schema");
                    if (schema == null || isEmpty(schema)
                            || (schema.containsKey("items") && isEmpty(schema.getJsonObject("items")))) {
                        emptyAnswers.add(op + " " + status + " " + mediaType);
                    }
                });
            }
        }));
        assertTrue(emptyAnswers.isEmpty(), "success answers without a schema:\n" + String.join("\n", emptyAnswers));
    }

    /** A POST to a collection (its last segment a plural noun, e.g. /violations) creates: 201, never 200. */
    @Test
    void postsThatCreateAnswer201() {
        List<String> wrong = new ArrayList<>();
        List<String> creating = new ArrayList<>();
        eachOperation((op, o) -> {
            String[] segments = op.split(" ", 2)[1].split("/");
            String last = segments[segments.length - 1];
            if (op.startsWith("POST ") && last.endsWith("s") && !last.startsWith("{")) {
                creating.add(op);
                JsonObject responses = o.getJsonObject("responses");
                // 202: the work is queued (a scheduled check run now), nothing is created yet.
                if (!(responses.containsKey("201") || responses.containsKey("202")) || responses.containsKey("200")) {
                    wrong.add(op + " lists " + responses.keySet());
                }
            }
        });
        assertTrue(creating.size() >= 10, "creating POSTs found: " + creating);
        assertTrue(wrong.isEmpty(), "creating POSTs that do not answer 201:\n" + String.join("\n", wrong));
        JsonObject violations = operation("POST", "/api/violations");
        assertTrue(violations.getJsonObject("responses").getJsonObject("201").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref").endsWith("/ReportView"));
    }

    @Test
    void httpBasicIsDeclaredAndRequiredExactlyWhereASignInIs() {
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertTrue(schemes != null && !schemes.isEmpty(), "no security scheme");
        String basic = schemes.entrySet().stream()
                .filter(e -> "http".equals(e.getValue().asJsonObject().getString("type"))
                        && "basic".equalsIgnoreCase(e.getValue().asJsonObject().getString("scheme")))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no HTTP Basic scheme: " + schemes));
        Map<String, Boolean> anonymousInMatrix = anonymousCallersInMatrix();
        List<String> problems = new ArrayList<>();
        eachOperation((op, o) -> {
            JsonArray security = o.getJsonArray("security");
            boolean secured = security != null && security.stream().anyMatch(s -> s.asJsonObject().containsKey(basic));
            boolean challenges = o.getJsonObject("responses").containsKey("401");
            Boolean anonymous = anonymousInMatrix.get(op);
            if (secured != challenges || (anonymous != null && secured == anonymous)) {
                problems.add(op + ": security " + security + ", 401 listed " + challenges);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyErrorAnswerIsAProblemDocument() {
        JsonObject answers = document.getJsonObject("components").getJsonObject("responses");
        List<String> problems = new ArrayList<>();
        eachOperation((op, o) -> o.getJsonObject("responses").forEach((status, answer) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                JsonObject a = answer.asJsonObject();
                if (a.containsKey("$ref")) {
                    String ref = a.getString("$ref");
                    a = answers.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
                }
                JsonObject content = a == null ? null : a.getJsonObject("content");
                boolean problem = content != null && content.containsKey("application/problem+json");
                boolean readiness = op.equals("GET /api/health/ready") && status.equals("503");
                if (!problem && !readiness) {
                    problems.add(op + " " + status);
                }
            }
        }));
        assertTrue(problems.isEmpty(), "error answers that are not problem documents: " + problems);
        eachOperation((op, o) -> assertTrue(o.getJsonObject("responses").containsKey("503"), op + " lists no 503"));
        assertFalse(document.getJsonArray("servers").isEmpty(), "no servers");
    }

    /** Whether the authorization matrix (checked against the server) lets anonymous callers in. */
    private static Map<String, Boolean> anonymousCallersInMatrix() {
        JsonObject matrix;
        try (var in = OpenApiLintIT.class.getResourceAsStream("/authorization-matrix.json");
             var reader = Json.createReader(in)) {
            matrix = reader.readObject();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JsonObject groups = matrix.getJsonObject("groups");
        Map<String, Boolean> result = new TreeMap<>();
        for (JsonValue v : matrix.getJsonArray("operations")) {
            JsonObject row = v.asJsonObject();
            boolean anonymous = row.getJsonArray("in").getValuesAs(jakarta.json.JsonString::getString).stream()
                    .anyMatch(n -> n.equals("ANONYMOUS") || (groups.containsKey(n)
                            && groups.getJsonArray(n).getValuesAs(jakarta.json.JsonString::getString).contains("ANONYMOUS")));
            result.put(row.getString("op"), anonymous);
        }
        return result;
    }

    private static boolean isEmpty(JsonObject schema) {
        return schema.keySet().stream().noneMatch(k -> Set.of("$ref", "type", "properties", "items", "enum", "allOf",
                "anyOf", "oneOf", "const").contains(k));
    }

    private static JsonObject operation(String method, String path) {
        JsonObject[] found = new JsonObject[1];
        eachOperation((op, o) -> {
            if (op.equals(method + " " + path)) {
                found[0] = o;
            }
        });
        assertTrue(found[0] != null, "no operation " + method + " " + path);
        return found[0];
    }

    /** Each operation as "METHOD /api/path" (without the context root) and its object. */
    private static void eachOperation(BiConsumer<String, JsonObject> action) {
        String contextRoot = URI.create(Api.BASE).getPath();
        JsonObject paths = document.getJsonObject("paths");
        for (String p : paths.keySet()) {
            String path = p.startsWith(contextRoot) ? p.substring(contextRoot.length()) : p;
            paths.getJsonObject(p).forEach((method, o) -> {
                if (METHODS.contains(method)) {
                    action.accept(method.toUpperCase() + " " + path, o.asJsonObject());
                }
            });
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
