package ir.pishkhan.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Test helpers for the scheduled checks: run one through the scheduler as an administrator
 * would ("run now") and wait for its run record; move the server's clock; small JDBC helpers.
 */
public final class Checks {

    private Checks() {
    }

    /** Asks the scheduler to run the check now and returns its finished run (id, examined, changed, …). */
    public static JsonObject run(String check) {
        Api admin = Api.admin();
        long before = latestRunId(admin, check);
        Api.Answer asked = admin.post("/api/schedule/jobs/" + check + "/runs", "");
        assertEquals(202, asked.status(), asked::toString);
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            var runs = admin.get("/api/schedule/runs?check=" + check + "&limit=1").array();
            if (!runs.isEmpty()) {
                JsonObject r = runs.getJsonObject(0);
                if (r.getJsonNumber("id").longValue() > before && !"RUNNING".equals(r.getString("outcome"))) {
                    return r;
                }
            }
            sleep(250);
        }
        throw new AssertionError("The check " + check + " did not finish within 60 s");
    }

    public static long latestRunId(Api admin, String check) {
        var runs = admin.get("/api/schedule/runs?check=" + check + "&limit=1").array();
        return runs.isEmpty() ? 0 : runs.getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Whether the latest run of the check has ended (its outcome is no longer RUNNING). */
    public static boolean runFinished(Api admin, String check) {
        var runs = admin.get("/api/schedule/runs?check=" + check + "&limit=1").array();
        return !runs.isEmpty() && !"RUNNING".equals(runs.getJsonObject(0).getString("outcome"));
    }

    /** Moves the server's clock {@code days} ahead of real time (0 puts it back); returns its new today. */
    public static LocalDate shiftClock(long days) {
        Api.Answer a = Api.admin().put("/api/test/clock", Api.json("offsetDays", days));
        assertEquals(200, a.status(), a::toString);
        return LocalDate.parse(a.json().getString("today"));
    }

    public static LocalDate serverToday() {
        return LocalDate.parse(Api.admin().get("/api/test/clock").json().getString("today"));
    }

    public static int update(String sql, Object... args) {
        try (Connection c = Database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as a string (null when no row). */
    public static String value(String sql, Object... args) {
        try (Connection c = Database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long number(String sql, Object... args) {
        String v = value(sql, args);
        return v == null ? 0 : Long.parseLong(v);
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
