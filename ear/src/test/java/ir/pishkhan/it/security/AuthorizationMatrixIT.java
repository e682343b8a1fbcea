package ir.pishkhan.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.FreshDeployment;
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
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
@FreshDeployment
class AuthorizationMatrixIT {

    static final List<String> SUBJECTS = List.of("ANONYMOUS", "NO_ROLE", "POST_CLERK", "WG_MEMBER", "WG_SECRETARY",
            "PROVINCE_OFFICIAL", "AGENCY_REPORTER", "OFFICE_MANAGER", "AUDITOR", "ADMIN", "PROVINCE_ADMIN");

    static final Map<String, Api> callers = new LinkedHashMap<>();
    static final Map<String, String> values = new LinkedHashMap<>();
    static JsonObject matrix;

    @BeforeAll
    static void subjects() throws Exception {
        long kavar = Fixtures.countyId("IR-07", "Kavar");
        long fars = Fixtures.provinceId("IR-07");
        values.put("$kavarCounty", String.valueOf(kavar));
        values.put("$ardabilCounty", String.valueOf(Fixtures.countyId("IR-24", "Ardabil")));
        values.put("$farsProvince", String.valueOf(fars));
        values.put("$ardabilProvince", String.valueOf(Fixtures.provinceId("IR-24")));
        // The accounts the user operations act on: one of Fars (a Kavar clerk), one of Ardabil.
        values.put("$targetUser", Fixtures.user("target", "POST_CLERK", "COUNTY", kavar, fars));
        values.put("$ardabilUser", Fixtures.user("atarget", "POST_CLERK", "COUNTY",
                Fixtures.countyId("IR-24", "Ardabil"), Fixtures.provinceId("IR-24")));
        // Counties of the matrix's own, to rename.
        values.put("$farsMatrixCounty", String.valueOf(Fixtures.newFarsCounty("شهرستان ماتریس", "Matrix County")));
        Api.Answer ardabilCounty = Api.admin().post("/api/counties", Api.json("provinceId", Fixtures.provinceId("IR-24"),
                "nameFa", "شهرستان ماتریس " + Api.unique(), "nameEn", "Matrix County " + Api.unique(), "reason", "test"));
        assertEquals(201, ardabilCounty.status(), ardabilCounty::toString);
        values.put("$ardabilMatrixCounty", ardabilCounty.json().getJsonNumber("id").toString());

        Api kavarClerk = Fixtures.login(Fixtures.user("m.kclerk", "POST_CLERK", "COUNTY", kavar));
        Api farsOfficial = Fixtures.login(Fixtures.user("m.kofficial", "PROVINCE_OFFICIAL", "PROVINCE", fars));
        licensingTargets("kavar", kavarClerk, farsOfficial, kavar);
        long ardabil = Fixtures.countyId("IR-24", "Ardabil");
        long ardabilProvince = Fixtures.provinceId("IR-24");
        Api ardabilClerk = Fixtures.login(Fixtures.user("m.aclerk", "POST_CLERK", "COUNTY", ardabil));
        Api ardabilOfficial = Fixtures.login(Fixtures.user("m.aofficial", "PROVINCE_OFFICIAL", "PROVINCE", ardabilProvince));
        licensingTargets("ardabil", ardabilClerk, ardabilOfficial, ardabil);
        // The AGENCY_REPORTER subject files the Kavar reports, so "its own report" is in scope.
        Api farsReporter = Fixtures.login(Fixtures.user("m.agency", "AGENCY_REPORTER", "PROVINCE", fars));
        Api kavarManager = complianceTargets("kavar", kavarClerk, farsOfficial, farsReporter, kavar);
        complianceTargets("ardabil", ardabilClerk, ardabilOfficial,
                Fixtures.login(Fixtures.user("m.aagency", "AGENCY_REPORTER", "PROVINCE", ardabilProvince)), ardabil);

        callers.put("ANONYMOUS", Api.anonymous());
        String noRole = "norole." + Api.unique();
        assertEquals(201, Api.admin().post("/api/users",
                Api.json("username", noRole, "displayName", "بدون نقش", "password", Api.TEST_PASSWORD)).status());
        callers.put("NO_ROLE", Fixtures.login(noRole));
        callers.put("POST_CLERK", Fixtures.login(Fixtures.user("m.clerk", "POST_CLERK", "COUNTY", kavar)));
        callers.put("WG_MEMBER", Fixtures.login(Fixtures.user("m.wg", "WG_MEMBER", "COUNTY", kavar)));
        callers.put("WG_SECRETARY", Fixtures.login(Fixtures.user("m.sec", "WG_SECRETARY", "COUNTY", kavar)));
        callers.put("PROVINCE_OFFICIAL", Fixtures.login(Fixtures.user("m.official", "PROVINCE_OFFICIAL", "PROVINCE", fars)));
        callers.put("AGENCY_REPORTER", farsReporter);
        callers.put("OFFICE_MANAGER", kavarManager);
        callers.put("AUDITOR", Fixtures.login(Fixtures.user("m.auditor", "AUDITOR", "PROVINCE", fars)));
        callers.put("ADMIN", Api.admin());
        callers.put("PROVINCE_ADMIN", Fixtures.login(Fixtures.user("m.padmin", "ADMIN", "PROVINCE", fars, fars)));

        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.json");
             var reader = Json.createReader(in)) {
            matrix = reader.readObject();
        }
    }

    /**
     * In a county: an application invited to a slot, a spare waiting application, and a licence
     * issued directly (rural ICT offices, so other tests' counter-office books stay untouched).
     */
    private static void licensingTargets(String prefix, Api clerk, Api official, long countyId) {
        Api.Answer invited = clerk.post("/api/applications", Fixtures.application(countyId, "RURAL_ICT", "دعوت"));
        assertEquals(201, invited.status(), invited::toString);
        long applicationId = invited.json().getJsonNumber("id").longValue();
        JsonObject line = Fixtures.capacity(official, countyId, "RURAL_ICT");
        Fixtures.setCapacity(official, countyId, "RURAL_ICT", line.getInt("occupied") + line.getInt("waiting") + 1);
        Api.Answer license = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId, "RURAL_ICT", "مستقیم"), Fixtures.office("دفتر ماتریس")));
        assertEquals(201, license.status(), license::toString);
        Api.Answer spare = clerk.post("/api/applications", Fixtures.application(countyId, "RURAL_ICT", "ذخیره"));
        assertEquals(201, spare.status(), spare::toString);
        values.put("$" + prefix + "Application", String.valueOf(applicationId));
        values.put("$" + prefix + "Invitation", String.valueOf(Fixtures.invitationOf(applicationId)));
        values.put("$" + prefix + "SpareApplication", spare.json().getJsonNumber("id").toString());
        values.put("$" + prefix + "License", license.json().getJsonNumber("id").toString());
        values.put("$" + prefix + "LicenseNumber", license.json().getString("number"));
        Api.Answer contract = clerk.post("/api/licenses/" + license.json().getJsonNumber("id") + "/contracts",
                Api.json("agency", "GAS", "services", "قبض و انشعاب گاز", "since", "2025-01-01"));
        assertEquals(201, contract.status(), contract::toString);
        values.put("$" + prefix + "Contract", contract.json().getJsonNumber("id").toString());
    }

    /**
     * In a county, with its own working group and the licence of {@link #licensingTargets}: a
     * fresh report (to act on), a report taken all the way to an open revocation case (to read,
     * with an evidence file), the session that decided it, and a citizen's complaint. Returns the
     * manager of the licence's office.
     */
    private static Api complianceTargets(String prefix, Api clerk, Api official, Api reporter, long countyId) {
        long licenseId = Long.parseLong(values.get("$" + prefix + "License"));
        Api secretary = Fixtures.login(Fixtures.user("m." + prefix + "sec", "WG_SECRETARY", "COUNTY", countyId));
        List<String> members = List.of(Fixtures.user("m." + prefix + "wg1", "WG_MEMBER", "COUNTY", countyId),
                Fixtures.user("m." + prefix + "wg2", "WG_MEMBER", "COUNTY", countyId));
        Api manager = Fixtures.login(Fixtures.user("m." + prefix + "mgr", "OFFICE_MANAGER", "OFFICE", licenseId));
        Api.Answer fresh = reporter.post("/api/violations", Api.json("licenseId", licenseId, "category", "MISCONDUCT",
                "description", "گزارش آزمون ماتریس دسترسی"));
        assertEquals(201, fresh.status(), fresh::toString);
        values.put("$" + prefix + "Report", fresh.json().getJsonNumber("id").toString());

        JsonObject report = reporter.post("/api/violations", Api.json("licenseId", licenseId, "category",
                "RECEIPTS_NOT_REMITTED", "description", "واریز نکردن وجوه گاز در ماتریس دسترسی")).json();
        String path = "/api/violations/" + report.getJsonNumber("id");
        Api.Answer evidence = clerk.upload(path + "/attachments?fileName=e.pdf", "application/pdf",
                "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(201, evidence.status(), evidence::toString);
        report = clerk.post(path + "/screening", Api.json("expectedVersion", report.getInt("version"), "founded", true)).json();
        report = clerk.post(path + "/notice", Api.json("expectedVersion", report.getInt("version"))).json();
        assertEquals(200, manager.post(path + "/defence", Api.json("text", "دفاعیهٔ آزمون ماتریس دسترسی")).status());
        JsonObject session = secretary.post("/api/wg-sessions", Api.json("countyId", countyId, "date",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tehran")).toString(), "time", "09:00", "place", "ماتریس")).json();
        String sessionPath = "/api/wg-sessions/" + session.getJsonNumber("id");
        // Every member of the county's group (Kavar also has the demo members) attends and votes.
        List<String> all = secretary.get(sessionPath).json().getJsonArray("attendance").stream()
                .map(m -> ((JsonObject) m).getString("username")).toList();
        assertTrue(all.containsAll(members), all::toString);
        Api.Answer attended = secretary.put(sessionPath + "/attendance", new Bodies.Attendance(all));
        assertEquals(200, attended.status(), attended::toString);
        secretary.post(sessionPath + "/agenda", Api.json("reportId", report.getJsonNumber("id").longValue()));
        for (String m : all) {
            Api member = m.startsWith("m.") ? Fixtures.login(m) : Api.as(m, Api.DEMO_PASSWORD);
            Api.Answer vote = member.put(path + "/vote", Api.json("outcome", "REVOCATION_RECOMMENDED"));
            assertEquals(200, vote.status(), vote::toString);
        }
        Api.Answer decided = secretary.post(path + "/decision", Api.json("expectedVersion",
                clerk.get(path).json().getInt("version"), "outcome", "REVOCATION_RECOMMENDED", "rationale", "تصمیم آزمون ماتریس"));
        assertEquals(200, decided.status(), decided::toString);
        JsonObject revocation = official.get("/api/revocations?status=OPEN").array().stream().map(v -> (JsonObject) v)
                .filter(c -> c.getJsonNumber("licenseId").longValue() == licenseId).findFirst().orElseThrow();
        values.put("$" + prefix + "CaseReport", report.getJsonNumber("id").toString());
        values.put("$" + prefix + "Attachment", evidence.json().getJsonNumber("id").toString());
        values.put("$" + prefix + "Session", session.getJsonNumber("id").toString());
        values.put("$" + prefix + "Case", revocation.getJsonNumber("id").toString());

        Api.Answer complaint = Api.anonymous().post("/api/public/complaints", Api.json("licenseNumber",
                values.get("$" + prefix + "LicenseNumber"), "text", "شکایت آزمون ماتریس دسترسی با متن کافی"));
        assertEquals(201, complaint.status(), complaint::toString);
        values.put("$" + prefix + "TrackingCode", complaint.json().getString("trackingCode"));
        values.put("$" + prefix + "Complaint", clerk.get("/api/complaints?countyId=" + countyId).array().stream()
                .map(v -> (JsonObject) v).filter(c -> c.getString("trackingCode").equals(complaint.json().getString("trackingCode")))
                .findFirst().orElseThrow().getJsonNumber("id").toString());
        return manager;
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
    void everySubjectGetsWhatTheMatrixSays() throws Exception {
        Map<String, Set<String>> listed = documentedAnswers();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (JsonValue value : matrix.getJsonArray("operations")) {
            JsonObject row = (JsonObject) value;
            String[] op = row.getString("op").split(" ", 2);
            for (String where : List.of("in", "out")) {
                Set<String> allowed = expand(row.getJsonArray(where));
                for (String subject : SUBJECTS) {
                    String path = path(op[1], row.getJsonObject("params"), where) + query(row.getJsonObject("query"), where);
                    String body = row.containsKey("body") ? fill(bodyFor(row, where)) : null;
                    Api.Answer answer = callers.get(subject).send(op[0], path, body);
                    calls++;
                    boolean denied = answer.status() == 401 || answer.status() == 403;
                    boolean expectAllowed = allowed.contains(subject);
                    if (answer.status() >= 500) {
                        failures.add(row.getString("op") + query(row.getJsonObject("query"), where) + " [" + where + "] as "
                                + subject + " → " + answer);
                    } else if (expectAllowed == denied) {
                        failures.add(row.getString("op") + query(row.getJsonObject("query"), where) + " [" + where + "] as "
                                + subject + ": expected "
                                + (expectAllowed ? "allowed" : "denied") + " but got " + answer.status());
                    } else if (denied && subject.equals("ANONYMOUS") && answer.status() != 401) {
                        failures.add(row.getString("op") + " as ANONYMOUS: expected 401, got " + answer.status());
                    } else if (denied && !subject.equals("ANONYMOUS") && answer.status() != 403) {
                        failures.add(row.getString("op") + " as " + subject + ": expected 403, got " + answer.status());
                    } else if (!listed.getOrDefault(row.getString("op"), Set.of()).contains(String.valueOf(answer.status()))) {
                        // A client generated from the document must know every answer it can get.
                        failures.add(row.getString("op") + " [" + where + "] as " + subject + " answered " + answer.status()
                                + ", which the OpenAPI document does not list " + listed.get(row.getString("op")));
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), calls + " calls, " + failures.size() + " failures:\n" + String.join("\n", failures));
    }

    /** The row's body with its in/out body parameters put in. */
    private static String bodyFor(JsonObject row, String where) {
        String body = row.getJsonObject("body").toString();
        JsonObject bodyParams = row.getJsonObject("bodyParams");
        if (bodyParams != null) {
            for (String name : bodyParams.keySet()) {
                body = body.replace("\"" + name + "\"", bodyParams.getJsonObject(name).getString(where))
                        .replace(name, bodyParams.getJsonObject(name).getString(where));
            }
        }
        return body;
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

    /** The row's query parameters with their in/out values, e.g. {@code ?countyId=12}. */
    private static String query(JsonObject params, String where) {
        if (params == null) {
            return "";
        }
        StringBuilder q = new StringBuilder();
        for (String name : params.keySet()) {
            q.append(q.length() == 0 ? '?' : '&').append(name).append('=')
                    .append(fill(params.getJsonObject(name).getString(where)));
        }
        return q.toString();
    }

    private static String fill(String text) {
        String result = text.replace("$unique", Api.unique());
        while (result.contains("$nationalCode")) {
            result = result.replaceFirst("\\$nationalCode", Fixtures.nationalCode());
        }
        // Longest names first, so "$kavarLicense" never eats into "$kavarLicenseNumber".
        List<String> names = new ArrayList<>(values.keySet());
        names.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            String value = values.get(name);
            boolean number = value.chars().allMatch(Character::isDigit);
            result = result.replace("\"" + name + "\"", number ? value : "\"" + value + "\"").replace(name, value);
        }
        return result;
    }

    /** "METHOD /api/path" for every operation the served OpenAPI document lists. */
    static Set<String> documentedOperations() throws Exception {
        return new TreeSet<>(documentedAnswers().keySet());
    }

    /** "METHOD /api/path" → the statuses the served OpenAPI document lists for it. */
    static Map<String, Set<String>> documentedAnswers() throws Exception {
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
        Map<String, Set<String>> ops = new TreeMap<>();
        JsonObject paths = doc.getJsonObject("paths");
        for (String p : paths.keySet()) {
            String path = p.startsWith(contextRoot) ? p.substring(contextRoot.length()) : p;
            for (String method : paths.getJsonObject(p).keySet()) {
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    JsonObject responses = paths.getJsonObject(p).getJsonObject(method).getJsonObject("responses");
                    ops.put(method.toUpperCase() + " " + path, responses == null ? Set.of() : responses.keySet());
                }
            }
        }
        return ops;
    }
}
