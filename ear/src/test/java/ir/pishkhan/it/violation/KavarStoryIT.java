package ir.pishkhan.it.violation;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's Kavar story, end to end over HTTP only, each step by the person whose job it is:
 * a gas-company reporter finds the office among the agency's contracts and reports it; the
 * county clerk screens the report and sends the notice; the office defends itself; the working
 * group meets, records attendance, votes and recommends revocation; renewal is refused while the
 * case is open; the province official approves; the clerk finds the invitation the freed slot
 * produced, records its acceptance and issues the licence; its certificate downloads; anyone can
 * verify both licences; the auditor finds the revocation in the county's trail and the chain intact.
 *
 * <p>Every id a step needs is one an earlier answer gave that same person: no database reads,
 * nothing looked up in the audit trail. The county and its staff are made by the test's
 * administrator through the API, so the story does not depend on the demo county's state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KavarStoryIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));

    @Test
    void fromAgencyReportToTheNextApplicantsLicenceOverHttpAlone() throws Exception {
        // The administrator sets up a saturated county and the people who work in it.
        long fars = Fixtures.provinceId("IR-07");
        long county = Fixtures.newFarsCounty("شهرستان کوار", "Kavar");
        Api official = Fixtures.login(Fixtures.user("ks.official", "PROVINCE_OFFICIAL", "PROVINCE", fars));
        Api clerk = Fixtures.login(Fixtures.user("ks.clerk", "POST_CLERK", "COUNTY", county));
        Api secretary = Fixtures.login(Fixtures.user("ks.sec", "WG_SECRETARY", "COUNTY", county));
        List<String> memberNames = List.of(Fixtures.user("ks.wg1", "WG_MEMBER", "COUNTY", county),
                Fixtures.user("ks.wg2", "WG_MEMBER", "COUNTY", county), Fixtures.user("ks.wg3", "WG_MEMBER", "COUNTY", county));
        Api gasReporter = Fixtures.login(Fixtures.user("ks.gas", "AGENCY_REPORTER", "PROVINCE", fars));
        Api auditor = Fixtures.login(Fixtures.user("ks.auditor", "AUDITOR", "PROVINCE", fars));
        Fixtures.setCapacity(official, county, "GOVERNMENT_COUNTER", 1);

        // The clerk licenses office No. 1 (which fills the county), records its gas contract, and
        // puts the next applicant on the waitlist.
        Api.Answer issued = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(county,
                "GOVERNMENT_COUNTER", "نخستین"), Fixtures.office("دفتر پیشخوان شمارهٔ ۱ کوار")));
        assertEquals(201, issued.status(), issued::toString);
        long licenseId = id(issued.json());
        String licenseNumber = issued.json().getString("number");
        Api.Answer contract = clerk.post("/api/licenses/" + licenseId + "/contracts",
                Api.json("agency", "GAS", "services", "قبض و انشعاب گاز", "since", "2025-01-01"));
        assertEquals(201, contract.status(), contract::toString);
        Api.Answer waiting = clerk.post("/api/applications", Fixtures.application(county, "GOVERNMENT_COUNTER", "منتظر"));
        assertEquals(201, waiting.status(), waiting::toString);
        assertEquals("WAITING", waiting.json().getString("status"));
        Api manager = Fixtures.login(Fixtures.user("ks.office", "OFFICE_MANAGER", "OFFICE", licenseId));

        // 1. The gas reporter knows the office by the number on its signboard; the agency's
        //    contracts give the licence id a report names.
        JsonObject gasContract = gasReporter.get("/api/contracts").array().stream().map(v -> (JsonObject) v)
                .filter(c -> c.getString("licenseNumber").equals(licenseNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("the reporter does not see the office's gas contract"));
        assertEquals("GAS", gasContract.getString("agency"));
        assertEquals(county, gasContract.getJsonNumber("countyId").longValue());
        Api.Answer filed = gasReporter.post("/api/violations", Api.json("licenseId",
                gasContract.getJsonNumber("licenseId").longValue(), "category", "OVERCHARGING",
                "description", "دریافت وجه اضافه بر تعرفه از مشترکان گاز در چند نوبت",
                "occurredOn", TODAY.minusDays(2).toString()));
        assertEquals(201, filed.status(), filed::toString);
        assertEquals(1, gasReporter.get("/api/violations/filed-by-me").array().stream()
                .filter(r -> id((JsonObject) r) == id(filed.json())).count());

        // 2. The clerk finds it among the county's new reports, accepts it and sends the notice.
        JsonObject report = only(clerk.get("/api/violations?countyId=" + county + "&status=REPORTED"));
        assertEquals(licenseNumber, report.getString("licenseNumber"));
        report = ok(clerk.post("/api/violations/" + id(report) + "/screening",
                Api.json("expectedVersion", report.getInt("version"), "founded", true, "note", "مستندات کافی است")));
        assertEquals("ACCEPTED", report.getString("status"));
        report = ok(clerk.post("/api/violations/" + id(report) + "/notice", Api.json("expectedVersion", report.getInt("version"))));
        assertEquals("NOTICE_SENT", report.getString("status"));
        long reportId = id(report);

        // 3. The office manager reads the notice on the office's page and defends the office.
        JsonObject myOffice = manager.get("/api/my-office").json();
        JsonObject notice = myOffice.getJsonArray("notices").getJsonObject(0);
        assertEquals(reportId, id(notice));
        ok(manager.post("/api/violations/" + id(notice) + "/defence",
                Api.json("text", "مبلغ اضافه بابت کارمزد خدمات جانبی بوده و رسید آن موجود است.")));

        // 4. The secretary schedules a session, records who came and puts the noticed report on its agenda.
        Api.Answer scheduled = secretary.post("/api/wg-sessions", Api.json("countyId", county, "date", TODAY.toString(),
                "time", "10:30", "place", "سالن جلسات ادارهٔ پست"));
        assertEquals(201, scheduled.status(), scheduled::toString);
        long session = id(scheduled.json());
        List<String> group = secretary.get("/api/wg-sessions/" + session).json().getJsonArray("attendance").stream()
                .map(m -> ((JsonObject) m).getString("username")).sorted().toList();
        assertEquals(memberNames.stream().sorted().toList(), group);
        JsonObject attended = ok(secretary.put("/api/wg-sessions/" + session + "/attendance",
                new Bodies.Attendance(group)));
        assertEquals(3, attended.getInt("present"));
        JsonObject noticed = only(secretary.get("/api/violations?countyId=" + county + "&status=NOTICE_SENT"));
        assertTrue(noticed.containsKey("defenceAt") && !noticed.isNull("defenceAt"), "the defence is on record");
        ok(secretary.post("/api/wg-sessions/" + session + "/agenda", Api.json("reportId", id(noticed))));

        // 5. Each member finds the report on the agenda and votes.
        for (String member : memberNames) {
            Api m = Fixtures.login(member);
            JsonObject onAgenda = only(m.get("/api/violations?countyId=" + county + "&status=ON_AGENDA"));
            ok(m.put("/api/violations/" + id(onAgenda) + "/vote", Api.json("outcome", "REVOCATION_RECOMMENDED")));
        }

        // 6. The secretary records the decision.
        JsonObject current = secretary.get("/api/violations/" + reportId).json();
        JsonObject decided = ok(secretary.post("/api/violations/" + reportId + "/decision", Api.json(
                "expectedVersion", current.getInt("version"), "outcome", "REVOCATION_RECOMMENDED",
                "rationale", "دریافت وجه غیررسمی با وجود قرارداد و دفاعیهٔ ناکافی")));
        assertEquals("DECIDED", decided.getString("status"));

        // 7. While the case is open the clerk cannot renew the licence.
        JsonObject license = clerk.get("/api/licenses/" + licenseId).json();
        assertProblem(clerk.post("/api/licenses/" + licenseId + "/renewal",
                Api.json("expectedVersion", license.getInt("version"), "receiptRef", "R-" + Api.unique())), 422,
                "REVOCATION_CASE_OPEN");

        // 8. The province official finds the county's open case and approves it.
        JsonObject revocation = only(official.get("/api/revocations?status=OPEN&countyId=" + county));
        assertEquals(licenseId, revocation.getJsonNumber("licenseId").longValue());
        JsonObject approved = ok(official.post("/api/revocations/" + id(revocation) + "/decision",
                Api.json("expectedVersion", revocation.getInt("version"), "verdict", "APPROVE")));
        assertEquals("APPROVED", approved.getString("status"));
        assertEquals("REVOKED", clerk.get("/api/licenses/" + licenseId).json().getString("status"));

        // 9. The freed slot went to the waiting applicant: the clerk finds the invited application,
        //    its open invitation, records the acceptance and issues the licence.
        JsonObject invited = only(clerk.get("/api/applications?countyId=" + county + "&status=INVITED"));
        assertEquals(id(waiting.json()), id(invited));
        JsonArray invitations = clerk.get("/api/applications/" + id(invited) + "/invitations").array();
        assertEquals(1, invitations.size(), invitations::toString);
        JsonObject invitation = invitations.getJsonObject(0);
        assertEquals("OPEN", invitation.getString("status"));
        assertEquals(id(invited), invitation.getJsonNumber("applicationId").longValue());
        JsonObject accepted = ok(clerk.post("/api/invitations/" + id(invitation) + "/acceptance", "{}"));
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals("ACCEPTED", clerk.get("/api/applications/" + id(invited) + "/invitations").array()
                .getJsonObject(0).getString("status"));
        Api.Answer replacement = clerk.post("/api/licenses", Fixtures.issuance(id(invited), Fixtures.office("دفتر پیشخوان جایگزین کوار")));
        assertEquals(201, replacement.status(), replacement::toString);
        assertEquals("ACTIVE", replacement.json().getString("status"));
        long newLicenseId = id(replacement.json());
        String newNumber = replacement.json().getString("number");
        assertEquals(1, Fixtures.capacity(clerk, county, "GOVERNMENT_COUNTER").getInt("occupied"));

        // 10. The certificate of the new licence, as a PDF through the API.
        byte[] pdf = clerk.download("/api/licenses/" + newLicenseId + "/certificate");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertTrue(reader.getInfo().get("Title").endsWith(newNumber), reader.getInfo()::toString);
        } finally {
            reader.close();
        }

        // 11. Anyone verifies both licences by number.
        JsonObject verifiedNew = Api.anonymous().get("/api/public/licenses/" + newNumber).json();
        assertEquals("ACTIVE", verifiedNew.getString("status"));
        assertEquals("دفتر پیشخوان جایگزین کوار", verifiedNew.getString("officeName"));
        assertEquals("REVOKED", Api.anonymous().get("/api/public/licenses/" + licenseNumber).json().getString("status"));

        // 12. The province's auditor sees the revocation in the county's trail, and the chain is intact.
        JsonObject trail = auditor.get("/api/audit?countyId=" + county + "&action=LICENSE_REVOKED").json();
        assertEquals(1, trail.getInt("total"), trail::toString);
        assertEquals(licenseNumber, trail.getJsonArray("records").getJsonObject(0).getString("objectId"));
        JsonObject verification = auditor.get("/api/audit/verification").json();
        assertTrue(verification.getBoolean("intact"), verification::toString);
    }

    /** The one object a list answer holds. */
    private static JsonObject only(Api.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        JsonArray items = answer.array();
        assertEquals(1, items.size(), items::toString);
        return items.getJsonObject(0);
    }

    private static JsonObject ok(Api.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
