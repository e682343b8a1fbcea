package ir.pishkhan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every REST operation of the served OpenAPI document and calls it as every subject,
 * with a target inside and outside the subject's scope, checking the declared matrix
 * ({@code authorization-matrix.json}). An endpoint added without a matrix row fails here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    static final List<String> SUBJECTS = List.of("ANONYMOUS", "NO_ROLE", "POST_CLERK", "WG_MEMBER", "WG_SECRETARY",
            "PROVINCE_OFFICIAL", "AGENCY_REPORTER", "AUDITOR", "ADMIN");

    static final Map<String, Api> callers = new LinkedHashMap<>();
    static final Map<String, String> values = new LinkedHashMap<>();
    static JsonObject matrix;

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @BeforeAll
    static void subjects() throws Exception {
        long kavar = Fixtures.countyId("IR-07", "Kavar");
        long fars = Fixtures.provinceId("IR-07");
        values.put("$kavarCounty", String.valueOf(kavar));
        values.put("$ardabilCounty", String.valueOf(Fixtures.countyId("IR-24", "Ardabil")));
        values.put("$farsProvince", String.valueOf(fars));
        values.put("$ardabilProvince", String.valueOf(Fixtures.provinceId("IR-24")));
        values.put("$targetUser", Fixtures.user("target", "POST_CLERK", "COUNTY", kavar));

        callers.put("ANONYMOUS", Api.anonymous());
        String noRole = "norole." + Api.unique();
        assertEquals(201, Api.admin().post("/api/users",
                Api.json("username", noRole, "displayName", "بدون نقش", "password", Api.TEST_PASSWORD)).status());
        callers.put("NO_ROLE", Fixtures.login(noRole));
        callers.put("POST_CLERK", Fixtures.login(Fixtures.user("m.clerk", "POST_CLERK", "COUNTY", kavar)));
        callers.put("WG_MEMBER", Fixtures.login(Fixtures.user("m.wg", "WG_MEMBER", "COUNTY", kavar)));
        callers.put("WG_SECRETARY", Fixtures.login(Fixtures.user("m.sec", "WG_SECRETARY", "COUNTY", kavar)));
        callers.put("PROVINCE_OFFICIAL", Fixtures.login(Fixtures.user("m.official", "PROVINCE_OFFICIAL", "PROVINCE", fars)));
        callers.put("AGENCY_REPORTER", Fixtures.login(Fixtures.user("m.agency", "AGENCY_REPORTER", "PROVINCE", fars)));
        callers.put("AUDITOR", Fixtures.login(Fixtures.user("m.auditor", "AUDITOR", "PROVINCE", fars)));
        callers.put("ADMIN", Api.admin());

        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.json");
             var reader = Json.createReader(in)) {
            matrix = reader.readObject();
        }
    }

    @Test
    void everyDocumentedOperationHasARowAndEveryRowAnOperation() throws Exception {
        Set<String> documented = documentedOperations();
        Set<String> declared = new TreeSet<>();
        for (JsonValue row : matrix.getJsonArray("operations")) {
            declared.add(((JsonObject) row).getString("op"));
        }
        Set<String> missingRows = new TreeSet<>(documented);
        missingRows.removeAll(declared);
        Set<String> staleRows = new TreeSet<>(declared);
        staleRows.removeAll(documented);
        assertTrue(missingRows.isEmpty(), "operations without a matrix row: " + missingRows);
        assertTrue(staleRows.isEmpty(), "matrix rows without an operation: " + staleRows);
        assertTrue(documented.size() >= 20, "documented operations: " + documented);
    }

    @Test
    void everySubjectGetsWhatTheMatrixSays() {
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (JsonValue value : matrix.getJsonArray("operations")) {
            JsonObject row = (JsonObject) value;
            String[] op = row.getString("op").split(" ", 2);
            for (String where : List.of("in", "out")) {
                Set<String> allowed = expand(row.getJsonArray(where));
                for (String subject : SUBJECTS) {
                    String path = path(op[1], row.getJsonObject("params"), where);
                    String body = row.containsKey("body") ? fill(row.getJsonObject("body").toString()) : null;
                    Api.Answer answer = callers.get(subject).send(op[0], path, body);
                    calls++;
                    boolean denied = answer.status() == 401 || answer.status() == 403;
                    boolean expectAllowed = allowed.contains(subject);
                    if (answer.status() >= 500) {
                        failures.add(row.getString("op") + " [" + where + "] as " + subject + " → " + answer);
                    } else if (expectAllowed == denied) {
                        failures.add(row.getString("op") + " [" + where + "] as " + subject + ": expected "
                                + (expectAllowed ? "allowed" : "denied") + " but got " + answer.status());
                    } else if (denied && subject.equals("ANONYMOUS") && answer.status() != 401) {
                        failures.add(row.getString("op") + " as ANONYMOUS: expected 401, got " + answer.status());
                    } else if (denied && !subject.equals("ANONYMOUS") && answer.status() != 403) {
                        failures.add(row.getString("op") + " as " + subject + ": expected 403, got " + answer.status());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), calls + " calls, " + failures.size() + " failures:\n" + String.join("\n", failures));
    }

    private static Set<String> expand(JsonArray names) {
        Set<String> result = new LinkedHashSet<>();
        JsonObject groups = matrix.getJsonObject("groups");
        for (JsonValue v : names) {
            String name = ((JsonString) v).getString();
            if (groups.containsKey(name)) {
                groups.getJsonArray(name).forEach(g -> result.add(((JsonString) g).getString()));
            } else {
                result.add(name);
            }
        }
        return result;
    }

    private static String path(String template, JsonObject params, String where) {
        String path = template;
        if (params != null) {
            for (String name : params.keySet()) {
                path = path.replace("{" + name + "}", fill(params.getJsonObject(name).getString(where)));
            }
        }
        return path;
    }

    private static String fill(String text) {
        String result = text.replace("$unique", Api.unique());
        for (var e : values.entrySet()) {
            result = result.replace("\"" + e.getKey() + "\"", e.getValue()).replace(e.getKey(), e.getValue());
        }
        return result;
    }

    /** "METHOD /api/path" for every operation the served OpenAPI document lists. */
    static Set<String> documentedOperations() throws Exception {
        URI base = URI.create(Api.BASE);
        URI openapi = base.resolve("/openapi?format=JSON");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(openapi)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject doc;
        try (var reader = Json.createReader(new java.io.StringReader(r.body()))) {
            doc = reader.readObject();
        }
        String contextRoot = base.getPath();
        Set<String> ops = new TreeSet<>();
        JsonObject paths = doc.getJsonObject("paths");
        for (String p : paths.keySet()) {
            String path = p.startsWith(contextRoot) ? p.substring(contextRoot.length()) : p;
            for (String method : paths.getJsonObject(p).keySet()) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    ops.add(method.toUpperCase() + " " + path);
                }
            }
        }
        return ops;
    }
}
