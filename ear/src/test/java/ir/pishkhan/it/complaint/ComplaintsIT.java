package ir.pishkhan.it.complaint;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Database;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.FreshDeployment;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Citizens' complaints through the public API: find the office, file anonymously, follow by the
 * tracking code, the county's answer (an accepted complaint becomes a violation report), the
 * citizen's rating; bad input refused; and a flood from one address stopped by the rate limit
 * (last, since the allowance is per client address for the whole deployment).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@FreshDeployment
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplaintsIT {

    static final Api CITIZEN = Api.anonymous();

    @Test
    @Order(1)
    void aCitizenFilesTracksAndRatesAndTheAcceptedComplaintBecomesAReport() throws Exception {
        long countyId = Fixtures.newFarsCounty("شهرستان شکایت", "Complaints");
        Fixtures.setCapacity(Fixtures.login(Fixtures.user("cp.official", "PROVINCE_OFFICIAL", "PROVINCE",
                Fixtures.provinceId("IR-07"))), countyId, "GOVERNMENT_COUNTER", 1);
        Api clerk = Fixtures.login(Fixtures.user("cp.clerk", "POST_CLERK", "COUNTY", countyId));
        String office = "دفتر پیشخوان گلستان " + Api.unique();
        JsonObject license = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId,
                "GOVERNMENT_COUNTER", "شاکی"), Fixtures.office(office))).json();

        // Found by part of its name, typed with Arabic yeh and kaf as many keyboards do.
        var found = CITIZEN.get("/api/public/offices?q=" + java.net.URLEncoder.encode(office.replace('ی', 'ي'),
                java.nio.charset.StandardCharsets.UTF_8)).array();
        assertEquals(1, found.size(), found::toString);
        assertEquals(license.getString("number"), found.getJsonObject(0).getString("licenseNumber"));

        Api.Answer filed = CITIZEN.post("/api/public/complaints", Api.json("licenseNumber", license.getString("number"),
                "text", "متصدی دفتر برای ثبت درخواست گذرنامه دویست هزار تومان اضافه گرفت و رسید نداد.",
                "name", "شهروند", "mobile", "۰۹۱۷۱۲۳۴۵۶۷"));
        assertEquals(201, filed.status(), filed::toString);
        String code = filed.json().getString("trackingCode");
        assertTrue(code.matches("[2-9A-Z]{5}-[2-9A-Z]{5}"), code);
        LocalDate due = LocalDate.parse(filed.json().getString("dueOn"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
        JsonObject calendar = clerk.get("/api/provinces/" + Fixtures.provinceId("IR-07") + "/calendar/working-days?from="
                + today + "&days=3").json();
        assertEquals(LocalDate.parse(calendar.getString("date")), due, "three working days by the province's calendar");
        assertTrue(due.isAfter(today.plusDays(2)));

        JsonObject tracked = CITIZEN.get("/api/public/complaints/" + code.toLowerCase().replace("-", "")).json();
        assertEquals("FILED", tracked.getString("status"));
        assertFalse(tracked.getBoolean("canRate"));
        assertProblem(CITIZEN.post("/api/public/complaints/" + code + "/rating", Api.json("stars", 5)), 422,
                "COMPLAINT_NOT_ANSWERED");

        JsonObject inbox = clerk.get("/api/complaints?countyId=" + countyId).array().getJsonObject(0);
        assertEquals(code, inbox.getString("trackingCode"));
        assertEquals("09171234567", inbox.getString("citizenMobile"), "digits typed in Persian are stored as ASCII");
        assertProblem(clerk.post("/api/complaints/" + inbox.getJsonNumber("id") + "/answer", Api.json(
                "expectedVersion", inbox.getInt("version"), "accept", true, "category", "NO_SUCH_CATEGORY",
                "answer", "شکایت وارد است")), 400, "CATEGORY_UNKNOWN");
        Api.Answer answered = clerk.post("/api/complaints/" + inbox.getJsonNumber("id") + "/answer", Api.json(
                "expectedVersion", inbox.getInt("version"), "accept", true, "category", "OVERCHARGING",
                "answer", "شکایت شما وارد است و پروندهٔ تخلف برای دفتر تشکیل شد."));
        assertEquals(200, answered.status(), answered::toString);
        var reports = clerk.get("/api/violations?licenseId=" + license.getJsonNumber("id")).array();
        assertEquals(1, reports.size());
        assertEquals("COMPLAINT", reports.getJsonObject(0).getString("source"));
        assertEquals("ACCEPTED", reports.getJsonObject(0).getString("status"));
        assertEquals(inbox.getJsonNumber("id").longValue(), reports.getJsonObject(0).getJsonNumber("complaintId").longValue());

        tracked = CITIZEN.get("/api/public/complaints/" + code).json();
        assertEquals("ACCEPTED", tracked.getString("status"));
        assertTrue(tracked.getString("answer").contains("پروندهٔ تخلف"));
        assertTrue(tracked.getBoolean("canRate"));
        assertEquals(4, CITIZEN.post("/api/public/complaints/" + code + "/rating", Api.json("stars", 4, "comment", "پیگیری شد"))
                .json().getInt("rating"));
        assertProblem(CITIZEN.post("/api/public/complaints/" + code + "/rating", Api.json("stars", 1)), 409,
                "ALREADY_RATED");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM notification WHERE dedup_key = CONCAT('COMPLAINT_ANSWERED:', ?, ':citizen')",
                inbox.getJsonNumber("id").longValue()));
    }

    @Test
    @Order(2)
    void badInputIsRefusedWithItsOwnCode() {
        assertProblem(CITIZEN.get("/api/public/complaints/AAAAA-AAAAA"), 404, "COMPLAINT_NOT_FOUND");
        assertProblem(CITIZEN.get("/api/public/complaints/%27%20OR%201%3D1%20--"), 404, "COMPLAINT_NOT_FOUND");
        assertProblem(CITIZEN.get("/api/public/offices?q=a"), 400, "QUERY_TOO_SHORT");
        assertProblem(CITIZEN.post("/api/public/complaints", Api.json("licenseNumber", "0000-G-00000-0",
                "text", "متن شکایت به اندازهٔ کافی بلند برای پذیرش است.")), 404, "OFFICE_NOT_FOUND");
        assertProblem(CITIZEN.post("/api/public/complaints", Api.json("licenseNumber", "0000-G-00000-0",
                "text", "<script>alert(1)</script>".repeat(100))), 400, "VALIDATION_FAILED");
    }

    @Test
    @Order(3)
    void aFloodOfComplaintsFromOneAddressIsStopped() throws Exception {
        String number = Api.admin().get("/api/licenses?status=ACTIVE&limit=1").array().getJsonObject(0).getString("number");
        long before = Database.count("SELECT COUNT(*) FROM complaint WHERE id > ?", 0);
        int accepted = 0;
        Api.Answer last = null;
        for (int i = 0; i < 10; i++) {
            last = CITIZEN.post("/api/public/complaints", Api.json("licenseNumber", number,
                    "text", "شکایت تکراری شمارهٔ " + i + " برای آزمودن سقف ثبت شکایت از یک نشانی"));
            if (last.status() == 429) {
                break;
            }
            assertEquals(201, last.status(), last::toString);
            accepted++;
        }
        assertProblem(last, 429, "COMPLAINT_RATE_LIMITED");
        // Five attempts an hour per address; the tests before this one used two (one filed, one
        // for an office that does not exist — an attempt counts whatever its outcome).
        assertEquals(3, accepted);
        assertEquals(before + accepted, Database.count("SELECT COUNT(*) FROM complaint WHERE id > ?", 0),
                "a refused complaint leaves nothing behind");
    }
}
