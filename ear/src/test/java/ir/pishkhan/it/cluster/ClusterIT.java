package ir.pishkhan.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Database;
import jakarta.json.JsonObject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two WildFly nodes (port offsets 100 and 200) on one MariaDB, started with the operators'
 * script {@code two-nodes.sh}: a trigger fires on one node only, and when the node running a
 * check is killed with SIGKILL in the middle, the other node recovers the job and finishes it,
 * with no licence changed twice and no notification queued twice. Runs after the single-server
 * tests, on their database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final Path SCRIPT = Path.of("src/main/cluster/two-nodes.sh");
    static final Path WORK = Path.of("target/cluster");
    static final Api ADMIN = Api.admin();
    static final Api NODE1 = ADMIN.at("http://127.0.0.1:8180/pishkhan");
    static final Api NODE2 = ADMIN.at("http://127.0.0.1:8280/pishkhan");

    @BeforeAll
    static void startTwoNodes() throws Exception {
        script("stop");
        Files.createDirectories(WORK);
        Process p = script("start");
        assertEquals(0, p.exitValue(), () -> "two-nodes.sh start failed: " + tail("node1.out") + tail("node2.out"));
    }

    @AfterAll
    static void stopTwoNodes() throws Exception {
        script("stop");
    }

    private static Process script(String command, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("bash", SCRIPT.toString(), command, WORK.toAbsolutePath().toString()));
        args.addAll(List.of(more));
        ProcessBuilder pb = new ProcessBuilder(args)
                .redirectErrorStream(true).redirectOutput(WORK.resolve("script-" + command + ".log").toFile());
        Files.createDirectories(WORK);
        Map<String, String> env = pb.environment();
        env.put("PISHKHAN_DB_URL", System.getProperty("db.url"));
        env.put("PISHKHAN_DB_USER", System.getProperty("db.user"));
        env.put("PISHKHAN_DB_PASSWORD", System.getProperty("db.password"));
        env.put("PISHKHAN_EAR", ir.pishkhan.it.support.Deployments.DEMO.toAbsolutePath().toString());
        // Small slow batches, so a run lasts long enough to be killed in the middle; a short
        // check-in so the survivor notices the dead node within seconds.
        env.put("PISHKHAN_NODE_OPTS", "-Dpishkhan.scheduler.checkin-ms=3000 -Dpishkhan.checks.batch-size=1"
                + " -Dpishkhan.checks.batch-pause-ms=1500 -Dpishkhan.bcrypt.cost=10");
        Process p = pb.start();
        assertTrue(p.waitFor(6, TimeUnit.MINUTES), "two-nodes.sh " + command + " timed out");
        return p;
    }

    private static String tail(String file) {
        try {
            List<String> lines = Files.readAllLines(WORK.resolve(file));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (Exception e) {
            return "(no " + file + ")";
        }
    }

    @Test
    @Order(1)
    void bothNodesServeAndEachTriggerFiresOnOneNodeOnly() throws Exception {
        assertEquals(200, NODE1.get("/api/health/ready").status());
        assertEquals(200, NODE2.get("/api/health/ready").status());
        JsonObject job = NODE1.get("/api/schedule/jobs/INVITATION_LAPSE").json();
        Instant from = Instant.now();
        Api.Answer every5s = NODE2.put("/api/schedule/jobs/INVITATION_LAPSE/cron",
                Api.json("cron", "0/5 * * * * ?", "version", job.getJsonNumber("version").longValue()));
        assertEquals(200, every5s.status(), every5s::toString);
        Thread.sleep(32_000);
        JsonObject now = NODE1.get("/api/schedule/jobs/INVITATION_LAPSE").json();
        assertEquals(200, NODE1.put("/api/schedule/jobs/INVITATION_LAPSE/cron", Api.json("cron", "0 30 1 * * ?", "version",
                now.getJsonNumber("version").longValue())).status());

        Map<Long, Integer> perSlot = new HashMap<>();
        List<String> nodes = new ArrayList<>();
        try (Connection c = Database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT started_at, node FROM check_run WHERE check_name = 'INVITATION_LAPSE'"
                     + " AND fired_by = 'SCHEDULE' AND started_at >= ? ORDER BY id")) {
            ps.setTimestamp(1, Timestamp.valueOf(java.time.LocalDateTime.ofInstant(from, java.time.ZoneOffset.UTC)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long slot = rs.getTimestamp(1).toLocalDateTime().toEpochSecond(java.time.ZoneOffset.UTC) / 5;
                    perSlot.merge(slot, 1, Integer::sum);
                    nodes.add(rs.getString(2));
                }
            }
        }
        assertTrue(perSlot.size() >= 4, () -> "fired every 5 s for 30 s: " + perSlot);
        perSlot.forEach((slot, n) -> assertEquals(1, n, () -> "two nodes ran one trigger: " + perSlot + " " + nodes));
        assertTrue(nodes.stream().allMatch(n -> n.startsWith("node1-") || n.startsWith("node2-")), nodes::toString);
    }

    @Test
    @Order(2)
    void aSignedInSessionContinuesOnTheOtherNode() throws Exception {
        org.openqa.selenium.WebDriver browser = ir.pishkhan.it.support.Browser.start();
        try {
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30));
            browser.get("http://127.0.0.1:8180/pishkhan/login.xhtml");
            browser.findElement(org.openqa.selenium.By.id("login:username")).sendKeys("admin");
            browser.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(Api.DEMO_PASSWORD);
            browser.findElement(org.openqa.selenium.By.id("login:submit")).click();
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("dashboard.xhtml"));
            // Pages whose view state lives in the session, all of which must replicate.
            for (String page : List.of("admin/schedule", "admin/users", "admin/calendar", "admin/rules", "admin/counties")) {
                browser.get("http://127.0.0.1:8180/pishkhan/app/" + page + ".xhtml");
                assertFalse(browser.getPageSource().contains("متأسفانه خطایی رخ داد"), page);
            }
            // The same browser (same session cookie) now asks the other node, as a load balancer
            // would after the first node went away: the session was replicated, no new sign-in.
            browser.get("http://127.0.0.1:8280/pishkhan/app/dashboard.xhtml");
            wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("8280"));
            assertTrue(browser.getCurrentUrl().contains("/app/dashboard.xhtml"), browser.getCurrentUrl());
            assertTrue(browser.getPageSource().contains("مدیر سامانه"), "signed in as the administrator on node2");
            ir.pishkhan.it.support.Browser.screenshot(browser, "cluster-node2-same-session");
            browser.get("http://127.0.0.1:8280/pishkhan/app/admin/schedule.xhtml");
            assertTrue(browser.getPageSource().contains("زمان‌بندی بررسی‌ها"), "a session page on node2");
            for (String log : List.of("node1.out", "node2.out")) {
                String text = Files.readString(WORK.resolve(log));
                assertFalse(text.contains("NotSerializableException"), () -> log + " could not replicate a session: "
                        + text.substring(Math.max(0, text.indexOf("NotSerializableException") - 300),
                        Math.min(text.length(), text.indexOf("NotSerializableException") + 300)));
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(3)
    void issuanceOnTwoNodesWithOneKilledMidwayIssuesExactlyTheCapacityAndNothingTwice() throws Exception {
        // A fresh county in Fars with capacity 12, a clerk and an official, made through node1.
        long fars = ADMIN.at("http://127.0.0.1:8180/pishkhan").get("/api/provinces").array().stream()
                .map(v -> (JsonObject) v).filter(p -> p.getString("code").equals("IR-07")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String suffix = Api.unique();
        Api.Answer county = NODE1.post("/api/counties", Api.json("provinceId", fars, "nameFa", "شهرستان خوشه " + suffix,
                "nameEn", "Cluster " + suffix, "reason", "cluster test"));
        assertEquals(201, county.status(), county::toString);
        long countyId = county.json().getJsonNumber("id").longValue();
        String official = user("c.official." + suffix, "PROVINCE_OFFICIAL", "PROVINCE", fars);
        String clerk = user("c.clerk." + suffix, "POST_CLERK", "COUNTY", countyId);
        int capacity = 12;
        assertEquals(200, Api.as(official, Api.TEST_PASSWORD).at("http://127.0.0.1:8180/pishkhan")
                .put("/api/counties/" + countyId + "/capacity/GOVERNMENT_COUNTER", Api.json("capacity", capacity, "reason", "t"))
                .status());
        Api clerk1 = Api.as(clerk, Api.TEST_PASSWORD).at("http://127.0.0.1:8180/pishkhan");
        Api clerk2 = Api.as(clerk, Api.TEST_PASSWORD).at("http://127.0.0.1:8280/pishkhan");

        java.util.Set<String> issued = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.Set<Integer> answers = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean full = new java.util.concurrent.atomic.AtomicBoolean();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            Api via = t % 2 == 0 ? clerk1 : clerk2;
            work.add(pool.submit(() -> {
                while (!full.get()) {
                    try {
                        Api.Answer a = via.post("/api/licenses/direct", ir.pishkhan.it.support.Fixtures.directLicense(ir.pishkhan.it.support.Fixtures.application(countyId, "GOVERNMENT_COUNTER", "خوشه"), ir.pishkhan.it.support.Fixtures.office("دفتر خوشه " + Api.unique())));
                        answers.add(a.status());
                        if (a.status() == 201) {
                            issued.add(a.json().getString("number"));
                        } else if (a.status() == 422 && a.body().contains("CAPACITY_FULL")) {
                            full.set(true);
                        }
                    } catch (IllegalStateException nodeGone) {
                        answers.add(-1);
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            }));
        }
        long until = System.currentTimeMillis() + 60_000;
        while (issued.size() < 4 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        long pid = Long.parseLong(new String(new ProcessBuilder("bash", SCRIPT.toString(), "pid", "2").start()
                .getInputStream().readAllBytes()).trim());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        for (var f : work) {
            f.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertTrue(answers.contains(-1), () -> "some requests hit the killed node: " + answers);
        assertFalse(answers.contains(500), () -> "never an internal error: " + answers);
        assertEquals(capacity, count("SELECT COUNT(*) FROM license WHERE county_id = " + countyId + " AND status = 'ACTIVE'"),
                "exactly the capacity, though a node died in the middle");
        assertEquals(capacity, count("SELECT occupied FROM capacity_book WHERE county_id = " + countyId));
        assertEquals(capacity, count("SELECT COUNT(DISTINCT number) FROM license WHERE county_id = " + countyId));
        assertEquals(capacity, count("SELECT COUNT(*) FROM audit_record WHERE action = 'LICENSE_ISSUED' AND county_id = " + countyId),
                "one audit record per licence");
        assertEquals(capacity, count("SELECT COUNT(*) FROM license_event e JOIN license l ON l.id = e.license_id"
                + " WHERE l.county_id = " + countyId + " AND e.type = 'ISSUED'"));
        for (String number : issued) {
            assertEquals(1, count("SELECT COUNT(*) FROM license WHERE number = '" + number + "'"), "answered 201 and exists: " + number);
        }
        // node2 back for the next test.
        Process restart = script("restart", "2");
        assertEquals(0, restart.exitValue(), () -> "node2 restarted: " + tail("script-restart.log"));
    }

    private static String user(String username, String role, String scopeType, long scopeId) {
        assertEquals(201, NODE1.post("/api/users", Api.json("username", username, "displayName", "کاربر خوشه",
                "password", Api.TEST_PASSWORD)).status());
        assertEquals(201, NODE1.post("/api/users/" + username + "/grants", Api.json("role", role, "scopeType", scopeType,
                "scopeId", scopeId, "reason", "cluster test")).status());
        return username;
    }

    @Test
    @Order(4)
    void aNodeKilledMidRunIsRecoveredByTheOtherAndNothingIsDoneTwice() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
        List<Long> suspended = new ArrayList<>();
        try (Connection c = Database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM license WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT 8");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                suspended.add(rs.getLong(1));
            }
        }
        assertEquals(8, suspended.size());
        long eventsBefore = count("SELECT COALESCE(MAX(id), 0) FROM license_event");
        String ids = suspended.toString().replaceAll("[\\[\\] ]", "");
        update("UPDATE license SET status = 'SUSPENDED', suspended_until = ? WHERE id IN (" + ids + ")", today.minusDays(1));

        assertEquals(202, NODE1.post("/api/schedule/jobs/SUSPENSION_END/runs", "").status());
        String runner = null;
        long until = System.currentTimeMillis() + 30_000;
        while (runner == null && System.currentTimeMillis() < until) {
            runner = value("SELECT node FROM check_run WHERE check_name = 'SUSPENSION_END' AND outcome = 'RUNNING'"
                    + " ORDER BY id DESC LIMIT 1");
            Thread.sleep(200);
        }
        assertTrue(runner != null, "the run started");
        // Let it reinstate a few licences (1.5 s per licence), then kill its node outright.
        long started = System.currentTimeMillis();
        while (count("SELECT COUNT(*) FROM license WHERE status = 'ACTIVE' AND id IN (" + ids + ")") < 2
                && System.currentTimeMillis() - started < 30_000) {
            Thread.sleep(200);
        }
        String victim = runner.startsWith("node1-") ? "node1" : "node2";
        long pid = Long.parseLong(new String(new ProcessBuilder("bash", SCRIPT.toString(), "pid", victim.substring(4))
                .start().getInputStream().readAllBytes()).trim());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        long doneBeforeKill = count("SELECT COUNT(*) FROM license WHERE status = 'ACTIVE' AND id IN (" + ids + ")");
        assertTrue(doneBeforeKill < 8, "killed in the middle, " + doneBeforeKill + " of 8 done");

        String survivor = victim.equals("node1") ? "node2-" : "node1-";
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline
                && count("SELECT COUNT(*) FROM check_run WHERE check_name = 'SUSPENSION_END' AND fired_by = 'RECOVERY'"
                + " AND outcome = 'SUCCEEDED' AND node LIKE '" + survivor + "%'") == 0) {
            Thread.sleep(500);
        }
        assertEquals(1, count("SELECT COUNT(*) FROM check_run WHERE check_name = 'SUSPENSION_END' AND fired_by = 'RECOVERY'"
                + " AND outcome = 'SUCCEEDED' AND node LIKE '" + survivor + "%'"), "the survivor recovered the job");
        assertEquals(8, count("SELECT COUNT(*) FROM license WHERE status = 'ACTIVE' AND id IN (" + ids + ")"));
        assertEquals(1, count("SELECT COUNT(*) FROM check_run WHERE check_name = 'SUSPENSION_END' AND outcome = 'ABANDONED'"
                + " AND node LIKE '" + victim + "-%'"), "the dead node's run is marked abandoned");
        for (long id : suspended) {
            assertEquals(1, count("SELECT COUNT(*) FROM license_event WHERE license_id = " + id + " AND type = 'REINSTATED'"
                    + " AND actor = 'system' AND id > " + eventsBefore), "reinstated once: licence " + id);
            assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE dedup_key = CONCAT('LICENSE_REINSTATED:',"
                    + " (SELECT number FROM license WHERE id = " + id + "), ':', '" + today.minusDays(1) + "', ':holder')"),
                    "one message: licence " + id);
        }
        assertFalse(new File("/proc/" + pid).exists(), "the victim is gone");
    }

    private static void update(String sql, Object arg) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            ps.executeUpdate();
        }
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(value(sql));
    }

    private static String value(String sql) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
