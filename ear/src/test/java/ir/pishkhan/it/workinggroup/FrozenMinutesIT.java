package ir.pishkhan.it.workinggroup;

import static ir.pishkhan.it.support.Pdfs.eitherWay;
import static ir.pishkhan.it.support.Pdfs.sha256;
import static ir.pishkhan.it.support.Pdfs.text;
import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.SaturatedCounty;
import ir.pishkhan.it.support.SuiteDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The minutes of a working-group session are an official record: once the group has decided,
 * disabling a member, renaming the county and changing the quorum setting change nothing in them
 * — the PDF is the same, byte for byte, its SHA-256 is the one in the decision's audit record,
 * and the session page and the API show the counts the minutes state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrozenMinutesIT extends BrowserTest {

    static final String QUORUM_SETTING = "pishkhan.wg.quorum-percent";

    @Test
    void minutesStayAsDecidedWhenAMemberIsDisabledTheCountyRenamedAndTheQuorumChanged() throws Exception {
        SaturatedCounty k = new SaturatedCounty("صورت‌جلسه");
        String fourth = Fixtures.user("rv.m4", "WG_MEMBER", "COUNTY", k.id);
        List<String> all = new ArrayList<>(k.memberNames);
        all.add(fourth);
        JsonObject report = k.noticedReport("MISCONDUCT");
        k.defend(report);
        long session = k.sessionWith(report, all);
        k.allVote(report, "WARNING");
        assertEquals(200, Fixtures.login(fourth).put("/api/violations/" + Fixtures.id(report) + "/vote",
                Api.json("outcome", "WARNING")).status());
        Api.Answer decided = k.decide(report, "WARNING", null);
        assertEquals(200, decided.status(), decided::toString);

        byte[] atDecision = k.secretary.download("/api/wg-sessions/" + session + "/minutes");
        String text = text(atDecision);
        assertTrue(eitherWay(text, "اعضای حاضر: ۴ از ۴"), text);
        assertTrue(eitherWay(text, "حد نصاب: ۳"), text);
        assertTrue(text.contains(fourth.substring(0, "rv.m4".length())), "the fourth member attends and signs: " + text);
        JsonObject audited = decisionAudit(Fixtures.id(report));
        assertEquals(sha256(atDecision), audited.getString("minutesSha256"), "the audit trail keeps the minutes' SHA-256");
        JsonObject view = k.secretary.get("/api/wg-sessions/" + session).json();
        assertCounts(view, 4, 4, 3);
        assertEquals(sha256(atDecision), view.getString("minutesSha256"));

        // After the decision: a member leaves, the county is renamed, the quorum setting changes.
        Api admin = Api.admin();
        assertEquals(200, admin.put("/api/users/" + fourth + "/enabled",
                Api.json("enabled", false, "reason", "پایان عضویت در کارگروه")).status());
        JsonObject county = admin.get("/api/counties/" + k.id).json();
        String renamed = "نام تازه " + Api.unique();
        Api.Answer rename = admin.put("/api/counties/" + k.id, Api.json("nameFa", renamed, "nameEn", "Renamed " + Api.unique(),
                "version", county.getJsonNumber("version").longValue(), "reason", "تغییر تقسیمات کشوری"));
        assertEquals(200, rename.status(), rename::toString);
        setQuorumPercent("100");
        try {
            // The changes took effect: a new session of the county has three members, all needed.
            Api.Answer fresh = k.secretary.post("/api/wg-sessions", Api.json("countyId", k.id, "date",
                    SaturatedCounty.TODAY.toString(), "time", "12:00", "place", "سالن جلسات"));
            assertEquals(201, fresh.status(), fresh::toString);
            assertEquals(3, fresh.json().getInt("members"));
            assertEquals(3, fresh.json().getInt("quorum"), "100 % of three members");
            assertEquals(renamed, fresh.json().getString("countyFa"));

            // The decided session's minutes did not change, not by a byte.
            byte[] later = k.clerk.download("/api/wg-sessions/" + session + "/minutes");
            assertArrayEquals(atDecision, later, "the minutes are rendered from the record frozen at the decision");
            assertEquals(audited.getString("minutesSha256"), sha256(later));
            assertCounts(k.secretary.get("/api/wg-sessions/" + session).json(), 4, 4, 3);
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve("45-wg-minutes-frozen.pdf"), later);

            // Attendance the minutes state is final.
            assertProblem(k.secretary.put("/api/wg-sessions/" + session + "/attendance",
                    new Bodies.Attendance(List.of(k.memberNames.get(0)))), 422, "ATTENDANCE_FROZEN");

            // The session page shows the counts of the minutes, the disabled member among those present.
            signIn(k.secretaryName, Api.TEST_PASSWORD);
            driver.get(Api.BASE + "/app/wg/session.xhtml?id=" + session);
            String quorum = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quorumLine"))).getText();
            assertTrue(quorum.contains("۴ از ۴ عضو") && quorum.contains("حد نصاب ۳"), quorum);
            assertTrue(driver.findElement(By.id("session:minutesSeal")).getText().contains(sha256(later)));
            String attendance = driver.findElement(By.id("frozenAttendance")).getText();
            assertTrue(attendance.contains("کاربر آزمون rv.m4 — حاضر"), attendance);
            assertTrue(driver.findElements(By.id("session:saveAttendance")).isEmpty(), "attendance is no longer editable");
            Browser.screenshot(driver, "45-wg-session-frozen");
        } finally {
            setQuorumPercent(null);
        }
    }

    static void assertCounts(JsonObject session, int members, int present, int quorum) {
        assertEquals(members, session.getInt("members"), session::toString);
        assertEquals(present, session.getJsonNumber("present").intValue(), session::toString);
        assertEquals(quorum, session.getInt("quorum"), session::toString);
    }

    /** The {@code after} state the audit trail recorded for the decision on a report. */
    static JsonObject decisionAudit(long reportId) {
        JsonObject page = Api.as("auditor", Api.DEMO_PASSWORD)
                .get("/api/audit?action=VIOLATION_DECIDED&objectType=ViolationReport&objectId=" + reportId).json();
        assertEquals(1, page.getJsonArray("records").size(), page::toString);
        String after = page.getJsonArray("records").getJsonObject(0).getString("after");
        return Json.createReader(new StringReader(after)).readObject();
    }

    /** Sets (or, with null, removes) the quorum setting on the running server, as an operator would. */
    void setQuorumPercent(String percent) throws Exception {
        ModelNode remove = new ModelNode();
        remove.get("operation").set("remove");
        remove.get("address").add("system-property", QUORUM_SETTING);
        SuiteDeployment.management().getControllerClient().execute(remove);
        if (percent != null) {
            ModelNode add = new ModelNode();
            add.get("operation").set("add");
            add.get("address").add("system-property", QUORUM_SETTING);
            add.get("value").set(percent);
            ModelNode result = SuiteDeployment.management().getControllerClient().execute(add);
            assertEquals("success", result.get("outcome").asString(), result::toString);
        }
    }
}
