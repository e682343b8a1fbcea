package ir.pishkhan.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Database;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail records every change with its before and after state, and its hash chain
 * exposes a record altered or deleted behind the application's back, naming which one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainIT {

    private static Api auditor() {
        return Api.as("auditor", Api.DEMO_PASSWORD);
    }

    @Test
    void aChangeIsRecordedWithBeforeAndAfter() {
        String clerk = Fixtures.user("audited", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        JsonObject page = auditor().get("/api/audit?objectType=UserAccount&objectId=" + clerk).json();
        assertEquals(2, page.getInt("total"), page::toString);
        JsonObject granted = page.getJsonArray("records").getJsonObject(0);
        assertEquals("ROLE_GRANTED", granted.getString("action"));
        assertEquals(Api.ADMIN, granted.getString("actor"));
        assertTrue(granted.getString("after").contains("POST_CLERK"), granted::toString);
        assertFalse(granted.getString("before").contains("POST_CLERK"), granted::toString);
        assertEquals("test fixture", granted.getString("reason"));
        assertFalse(granted.toString().contains("password"), "no password material in the trail");
    }

    @Test
    void chainVerifiesThenDetectsAnAlteredRecord() throws Exception {
        String clerk = Fixtures.user("tamper", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        JsonObject intact = auditor().get("/api/audit/verification").json();
        assertTrue(intact.getBoolean("intact"), intact::toString);
        long seq = auditor().get("/api/audit?objectId=" + clerk).json().getJsonArray("records").getJsonObject(0)
                .getJsonNumber("seq").longValue();
        String original;
        try (Connection c = Database.connect()) {
            original = reason(c, seq);
            update(c, seq, "nobody asked for this");
            try {
                JsonObject broken = auditor().get("/api/audit/verification").json();
                assertFalse(broken.getBoolean("intact"));
                assertEquals(seq, broken.getJsonNumber("brokenAt").longValue(), broken::toString);
                assertTrue(broken.getString("problemFa").contains("تغییر"), broken::toString);
            } finally {
                update(c, seq, original);
            }
        }
        assertTrue(auditor().get("/api/audit/verification").json().getBoolean("intact"));
    }

    @Test
    void chainDetectsADeletedRecord() throws Exception {
        String clerk = Fixtures.user("deleted", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        // The user's creation is followed by its grant, so it sits inside the chain.
        long seq = auditor().get("/api/audit?objectId=" + clerk).json().getJsonArray("records").getJsonObject(1)
                .getJsonNumber("seq").longValue();
        try (Connection c = Database.connect()) {
            c.createStatement().execute("CREATE TEMPORARY TABLE saved_audit AS SELECT * FROM audit_record WHERE seq = " + seq);
            c.createStatement().execute("DELETE FROM audit_record WHERE seq = " + seq);
            try {
                JsonObject broken = auditor().get("/api/audit/verification").json();
                assertFalse(broken.getBoolean("intact"));
                assertEquals(seq, broken.getJsonNumber("brokenAt").longValue(), broken::toString);
            } finally {
                c.createStatement().execute("INSERT INTO audit_record SELECT * FROM saved_audit");
            }
        }
        assertTrue(auditor().get("/api/audit/verification").json().getBoolean("intact"));
    }

    @Test
    void chainDetectsReorderedRecords() throws Exception {
        String clerk = Fixtures.user("reorder", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        var records = auditor().get("/api/audit?objectId=" + clerk).json().getJsonArray("records");
        long granted = records.getJsonObject(0).getJsonNumber("seq").longValue();
        long created = records.getJsonObject(1).getJsonNumber("seq").longValue();
        try (Connection c = Database.connect()) {
            swap(c, created, granted);
            try {
                JsonObject broken = auditor().get("/api/audit/verification").json();
                assertFalse(broken.getBoolean("intact"));
                assertEquals(created, broken.getJsonNumber("brokenAt").longValue(), broken::toString);
            } finally {
                swap(c, created, granted);
            }
        }
        assertTrue(auditor().get("/api/audit/verification").json().getBoolean("intact"));
    }

    private static void swap(Connection c, long a, long b) throws Exception {
        try (var s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_record SET seq = -1 WHERE seq = " + a);
            s.executeUpdate("UPDATE audit_record SET seq = " + a + " WHERE seq = " + b);
            s.executeUpdate("UPDATE audit_record SET seq = " + b + " WHERE seq = -1");
        }
    }

    @Test
    void clerksCannotReadTheTrail() {
        String clerk = Fixtures.user("nosy", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        assertEquals(403, Fixtures.login(clerk).get("/api/audit").status());
        assertEquals(403, Fixtures.login(clerk).get("/api/audit/verification").status());
    }

    @Test
    void provinceAuditorSeesOnlyTheirProvince() {
        long ardabil = Fixtures.countyId("IR-24", "Ardabil");
        String ardabilClerk = Fixtures.user("ardabil", "POST_CLERK", "COUNTY", ardabil);
        Api farsAuditor = Api.as("fars.auditor", Api.DEMO_PASSWORD);
        assertEquals(0, farsAuditor.get("/api/audit?objectId=" + ardabilClerk).json().getInt("total"));
        assertEquals(1, auditor().get("/api/audit?objectId=" + ardabilClerk + "&action=ROLE_GRANTED").json()
                .getInt("total"));
    }

    @Test
    void exportIsCsvWithPersianHeader() {
        Api.Answer csv = auditor().send("GET", "/api/audit/export?action=USER_CREATED", null);
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("\uFEFFشماره,زمان (شمسی)"), csv.body().substring(0, 40));
        assertTrue(csv.body().contains("USER_CREATED"));
    }

    private static String reason(Connection c, long seq) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT reason FROM audit_record WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void update(Connection c, long seq, String reason) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_record SET reason = ? WHERE seq = ?")) {
            ps.setString(1, reason);
            ps.setLong(2, seq);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
