package ir.pishkhan.it.revocation;

import static ir.pishkhan.it.support.Fixtures.id;
import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies.Inspection;
import ir.pishkhan.it.support.Bodies.InspectionItem;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Database;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.SaturatedCounty;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story the product exists for, through the API: a saturated county with an applicant
 * waiting; a gas-company reporter reports an office; the clerk accepts and sends the notice; the
 * office defends itself; the working group, with its quorum present, recommends revocation; a
 * province official approves — and in that one step the licence is revoked, its contracts end,
 * the office closes, and the waiting applicant is invited and then licensed. Plus every refusal
 * the rules demand on that path.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RevocationStoryIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));

    @Test
    void reportDefenceDecisionAndApprovalRevokeTheLicenceAndLicenceTheWaitingApplicant() throws Exception {
        SaturatedCounty k = new SaturatedCounty("روایت");
        JsonObject report = k.noticedReport("OVERCHARGING");
        assertNotNull(report.getString("defenceDueJalali"));
        assertTrue(LocalDate.parse(report.getString("defenceDue")).isAfter(TODAY));

        // The office manager reads the notice on their own page and defends the office.
        JsonObject mine = k.manager.get("/api/my-office").json();
        assertEquals(k.licenseNumber, mine.getJsonArray("licenses").getJsonObject(0).getString("number"));
        assertEquals(id(report), id(mine.getJsonArray("notices").getJsonObject(0)));
        k.defend(report);

        long session = k.sessionWith(report, k.memberNames);
        JsonObject suggestion = k.clerk.get("/api/violations/" + id(report) + "/suggestion").json();
        assertEquals("WRITTEN_WARNING", suggestion.getString("outcome"), "a first MAJOR offence suggests a written warning");
        k.allVote(report, "REVOCATION_RECOMMENDED");
        Api.Answer decided = k.decide(report, "REVOCATION_RECOMMENDED", null);
        assertEquals(200, decided.status(), decided::toString);
        assertEquals("DECIDED", decided.json().getString("status"));

        // While the case is open the licence is not renewed.
        assertProblem(k.clerk.post("/api/licenses/" + k.licenseId + "/renewal",
                Api.json("expectedVersion", k.license().getInt("version"), "receiptRef", "R-" + Api.unique())), 422,
                "REVOCATION_CASE_OPEN");

        JsonObject revocation = openCaseOf(k);
        assertEquals("OPEN", revocation.getString("status"));
        assertEquals(k.memberNames.stream().sorted().toList(), k.official.get("/api/revocations/" + id(revocation)).json()
                .getJsonArray("voters").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        Api.Answer approved = k.official.post("/api/revocations/" + id(revocation) + "/decision",
                Api.json("expectedVersion", revocation.getInt("version"), "verdict", "APPROVE"));
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.json().getString("status"));

        JsonObject license = k.license();
        assertEquals("REVOKED", license.getString("status"));
        assertEquals(TODAY.toString(), license.getString("closedOn"), "the office closes the day of approval");
        List<String> contracts = k.clerk.get("/api/licenses/" + k.licenseId + "/contracts").array().stream()
                .map(c -> ((JsonObject) c).getString("status")).toList();
        assertEquals(List.of("ENDED", "ENDED"), contracts);
        JsonObject capacity = Fixtures.capacity(k.clerk, k.id, "GOVERNMENT_COUNTER");
        assertEquals(1, capacity.getInt("occupied"), "the freed slot is reserved for the invited applicant at once");
        long invitation = Fixtures.invitationOf(k.waitingApplication);
        for (String recipient : List.of("agency:GAS", "agency:ELECTRICITY", "county:" + k.id)) {
            assertEquals(1, Database.count("SELECT COUNT(*) FROM notification WHERE recipient = '" + recipient
                    + "' AND dedup_key LIKE CONCAT('LICENSE_REVOKED:', (SELECT number FROM license WHERE id = ?), ':%')", k.licenseId),
                    recipient + " is notified once");
        }
        assertEquals(1, Database.count("SELECT COUNT(*) FROM notification WHERE dedup_key = CONCAT('LICENSE_REVOKED:',"
                + " (SELECT number FROM license WHERE id = ?), ':holder') AND channel = 'SMS'", k.licenseId));

        // The invited applicant accepts and is licensed into the freed slot.
        assertEquals(200, k.clerk.post("/api/invitations/" + invitation + "/acceptance", "{}").status());
        Api.Answer issued = k.clerk.post("/api/licenses", Fixtures.issuance(k.waitingApplication, Fixtures.office("دفتر پیشخوان جایگزین")));
        assertEquals(201, issued.status(), issued::toString);
        assertEquals("ACTIVE", issued.json().getString("status"));
        assertEquals(1, Fixtures.capacity(k.clerk, k.id, "GOVERNMENT_COUNTER").getInt("occupied"));

        // The minutes of the session exist as a PDF; the audit chain still verifies.
        byte[] minutes = k.secretary.download("/api/wg-sessions/" + session + "/minutes");
        assertEquals("%PDF", new String(minutes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(Api.as("auditor", Api.DEMO_PASSWORD).get("/api/audit/verification").json().getBoolean("intact"));
    }

    private static JsonObject openCaseOf(SaturatedCounty k) {
        return k.official.get("/api/revocations?status=OPEN").array().stream().map(v -> (JsonObject) v)
                .filter(c -> c.getJsonNumber("licenseId").longValue() == k.licenseId).findFirst()
                .orElseThrow(() -> new AssertionError("no open case for the licence"));
    }

    @Test
    void approvalIsRefusedToAnotherProvinceAndToAnyoneWhoVoted() {
        SaturatedCounty k = new SaturatedCounty("رأی‌دهنده");
        // One of the members is also a Fars province official.
        String dual = k.memberNames.get(0);
        Api.Answer grant = Api.admin().post("/api/users/" + dual + "/grants", Api.json("role", "PROVINCE_OFFICIAL",
                "scopeType", "PROVINCE", "scopeId", k.province, "reason", "test: member and official"));
        assertEquals(201, grant.status(), grant::toString);
        JsonObject report = k.noticedReport("RECEIPTS_NOT_REMITTED");
        k.defend(report);
        k.sessionWith(report, k.memberNames);
        k.allVote(report, "REVOCATION_RECOMMENDED");
        assertEquals(200, k.decide(report, "REVOCATION_RECOMMENDED", null).status());
        JsonObject revocation = openCaseOf(k);
        String approve = Api.json("expectedVersion", revocation.getInt("version"), "verdict", "APPROVE");

        Api ardabil = Fixtures.login(Fixtures.user("rv.ardabil", "PROVINCE_OFFICIAL", "PROVINCE", Fixtures.provinceId("IR-24")));
        assertProblem(ardabil.post("/api/revocations/" + id(revocation) + "/decision", approve), 403, "ACCESS_DENIED");
        assertProblem(k.members.get(0).post("/api/revocations/" + id(revocation) + "/decision", approve), 422,
                "APPROVER_VOTED");
        assertProblem(k.official.post("/api/revocations/" + id(revocation) + "/decision",
                Api.json("expectedVersion", revocation.getInt("version"), "verdict", "REJECT")), 400, "REASON_REQUIRED");
        assertEquals("ACTIVE", k.license().getString("status"), "nothing happened to the licence");

        // Returned for more information, resubmitted by the secretary, then rejected with a reason.
        JsonObject returned = k.official.post("/api/revocations/" + id(revocation) + "/decision", Api.json("expectedVersion",
                revocation.getInt("version"), "verdict", "RETURN", "reason", "رسیدهای بانکی پیوست شود")).json();
        assertEquals("RETURNED", returned.getString("status"));
        JsonObject reopened = k.secretary.post("/api/revocations/" + id(revocation) + "/resubmission",
                Api.json("expectedVersion", returned.getInt("version"), "note", "رسیدهای بانکی پیوست شد")).json();
        assertEquals("OPEN", reopened.getString("status"));
        JsonObject rejected = k.official.post("/api/revocations/" + id(revocation) + "/decision", Api.json("expectedVersion",
                reopened.getInt("version"), "verdict", "REJECT", "reason", "وجوه با تأخیر ولی کامل واریز شده است")).json();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("ACTIVE", k.license().getString("status"));
    }

    @Test
    void noDecisionWithoutQuorumOrBeforeTheDefenceIsSettled() {
        SaturatedCounty k = new SaturatedCounty("حدنصاب");
        JsonObject report = k.noticedReport("MISCONDUCT");
        // Only one of three members present: no quorum (majority is two).
        k.sessionWith(report, List.of(k.memberNames.get(0)));
        assertEquals(200, k.members.get(0).put("/api/violations/" + id(report) + "/vote", Api.json("outcome", "WARNING")).status());
        assertProblem(k.members.get(1).put("/api/violations/" + id(report) + "/vote",
                Api.json("outcome", "WARNING")), 422, "NOT_PRESENT");
        assertProblem(k.decide(report, "WARNING", null), 422, "NO_QUORUM");

        // Quorum present and everyone voted, but the defence is neither in nor overdue.
        k.secretary.put("/api/wg-sessions/" + k.report(report).getJsonNumber("sessionId") + "/attendance",
                new Bodies.Attendance(k.memberNames.subList(0, 2)));
        assertProblem(k.decide(report, "WARNING", null), 422, "VOTES_MISSING");
        assertEquals(200, k.members.get(1).put("/api/violations/" + id(report) + "/vote", Api.json("outcome", "DISMISSED")).status());
        assertProblem(k.decide(report, "WARNING", null), 422, "DEFENCE_PENDING");
        k.defend(report);
        // One vote each way among two present members is no majority.
        assertProblem(k.decide(report, "WARNING", null), 422, "NO_MAJORITY");
        assertEquals(200, k.members.get(1).put("/api/violations/" + id(report) + "/vote", Api.json("outcome", "WARNING")).status());
        JsonObject decided = k.decide(report, "WARNING", null).json();
        assertEquals("WARNING", decided.getString("decision"));
        assertEquals(5, decided.getInt("points"));
        // A decided report is closed: a second decision is an illegal transition.
        assertProblem(k.decide(report, "DISMISSED", null), 422, "NOT_ON_AGENDA");
    }

    @Test
    void suspensionSuspendsTheLicenceUntilItsLastDay() {
        SaturatedCounty k = new SaturatedCounty("تعلیق");
        JsonObject report = k.noticedReport("DATA_BREACH");
        k.defend(report);
        k.sessionWith(report, k.memberNames);
        for (Api m : k.members) {
            assertEquals(200, m.put("/api/violations/" + id(report) + "/vote", Api.json("outcome", "SUSPENSION",
                    "suspensionDays", 30)).status());
        }
        assertProblem(k.decide(report, "SUSPENSION", null), 400, "SUSPENSION_DAYS_INVALID");
        assertEquals(200, k.decide(report, "SUSPENSION", 30).status());
        JsonObject license = k.license();
        assertEquals("SUSPENDED", license.getString("status"));
        assertEquals(TODAY.plusDays(29).toString(), license.getString("suspendedUntil"));
        assertProblem(k.clerk.post("/api/licenses/" + k.licenseId + "/reinstatement", "{}"), 422,
                "SUSPENSION_NOT_OVER");
        // A second, MAJOR, report: alone it would earn a written warning, but with the 40 points of
        // the suspension the office reaches the 60-point threshold, so the ladder suggests suspension.
        JsonObject second = k.noticedReport("OVERCHARGING");
        JsonObject suggestion = k.clerk.get("/api/violations/" + id(second) + "/suggestion").json();
        assertEquals(40, suggestion.getInt("pointsBefore"));
        assertEquals(60, suggestion.getInt("pointsWith"));
        assertEquals("SUSPENSION", suggestion.getString("outcome"));
    }

    @Test
    void reportsNeedAContractAStepAtATimeAndCheckedAttachments() {
        SaturatedCounty k = new SaturatedCounty("پیوست");
        // The water company has no contract with this office.
        String water = "rv.water." + Api.unique();
        Api.admin().post("/api/users", Api.json("username", water, "displayName", "گزارشگر آب", "password", Api.TEST_PASSWORD));
        Api.admin().post("/api/users/" + water + "/grants", Api.json("role", "AGENCY_REPORTER", "scopeType", "PROVINCE",
                "scopeId", k.province, "agency", "WATER", "reason", "test"));
        assertProblem(Fixtures.login(water).post("/api/violations", Api.json("licenseId", k.licenseId,
                "category", "OVERCHARGING", "description", "دریافت وجه اضافه از مشترکان آب")), 422, "NO_CONTRACT_WITH_OFFICE");
        // The gas company's reporter of another province is refused outright.
        Api ardabilGas = Fixtures.login(Fixtures.user("rv.agas", "AGENCY_REPORTER", "PROVINCE", Fixtures.provinceId("IR-24")));
        assertProblem(ardabilGas.post("/api/violations", Api.json("licenseId", k.licenseId,
                "category", "OVERCHARGING", "description", "دریافت وجه اضافه از مشترکان گاز")), 403, "ACCESS_DENIED");

        JsonObject filed = k.gasReporter.post("/api/violations", Api.json("licenseId", k.licenseId, "category", "MISCONDUCT",
                "description", "برخورد نامناسب با مراجعه‌کنندگان گاز")).json();
        assertProblem(k.clerk.post("/api/violations/" + id(filed) + "/notice",
                Api.json("expectedVersion", filed.getInt("version"))), 422, "ILLEGAL_TRANSITION");

        byte[] pdf = "%PDF-1.4\n% evidence\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Api.Answer ok = k.gasReporter.upload("/api/violations/" + id(filed) + "/attachments?fileName=receipt.pdf",
                "application/pdf", pdf);
        assertEquals(201, ok.status(), ok::toString);
        assertEquals("application/pdf", ok.json().getString("contentType"));
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertProblem(k.gasReporter.upload("/api/violations/" + id(filed) + "/attachments?fileName=photo.png",
                "image/png", exe), 400, "ATTACHMENT_TYPE_NOT_ALLOWED");
        assertProblem(k.gasReporter.upload("/api/violations/" + id(filed) + "/attachments?fileName=big.pdf",
                "application/pdf", java.util.Arrays.copyOf(pdf, 5 * 1024 * 1024 + 10)), 400, "ATTACHMENT_TOO_LARGE");
        // The office manager cannot add defence documents before a notice, nor see the report yet.
        assertProblem(k.manager.get("/api/violations/" + id(filed)), 403, "ACCESS_DENIED");
        byte[] back = k.clerk.download("/api/violations/" + id(filed) + "/attachments/" + id(ok.json()));
        assertEquals(new String(pdf, java.nio.charset.StandardCharsets.US_ASCII),
                new String(back, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, k.clerk.get("/api/violations/" + id(filed) + "/attachments").array().size());

        // Dismissal needs a reason; a dismissed report is closed.
        assertProblem(k.clerk.post("/api/violations/" + id(filed) + "/screening",
                Api.json("expectedVersion", filed.getInt("version"), "founded", false)), 400, "REASON_REQUIRED");
        JsonObject dismissed = k.clerk.post("/api/violations/" + id(filed) + "/screening",
                Api.json("expectedVersion", filed.getInt("version"), "founded", false, "note", "شاهدی ارائه نشد")).json();
        assertEquals("DISMISSED", dismissed.getString("status"));
        assertProblem(k.gasReporter.upload("/api/violations/" + id(filed) + "/attachments?fileName=more.pdf",
                "application/pdf", pdf), 422, "REPORT_CLOSED");
        // A stale version is told, not applied.
        assertProblem(k.clerk.post("/api/violations/" + id(filed) + "/screening",
                Api.json("expectedVersion", filed.getInt("version"), "founded", true)), 409, "STALE_VERSION");
    }

    @Test
    void aFailedInspectionItemOpensALinkedReport() {
        SaturatedCounty k = new SaturatedCounty("بازرسی");
        List<InspectionItem> items = new ArrayList<>();
        for (String item : List.of("MANAGER_PRESENT", "SIGNBOARD", "EQUIPMENT", "TARIFF_LIST", "OPENING_HOURS", "STAFF_TRAINED")) {
            boolean passed = !item.equals("MANAGER_PRESENT");
            items.add(new InspectionItem(item, passed, passed ? null : "مدیر در ساعت ۱۰ حضور نداشت"));
        }
        assertProblem(k.clerk.post("/api/licenses/" + k.licenseId + "/inspections",
                new Inspection("PERIODIC", TODAY, List.of(new InspectionItem("SIGNBOARD", true, null)))), 400, "CHECKLIST_INCOMPLETE");
        Api.Answer recorded = k.clerk.post("/api/licenses/" + k.licenseId + "/inspections",
                new Inspection("AD_HOC", TODAY, items));
        assertEquals(201, recorded.status(), recorded::toString);
        assertFalse(recorded.json().getJsonObject("inspection").getBoolean("passed"));
        JsonObject opened = recorded.json().getJsonArray("reports").getJsonObject(0);
        assertEquals(1, recorded.json().getJsonArray("reports").size());
        assertEquals("MANAGER_ABSENT", opened.getString("category"));
        assertEquals("INSPECTION", opened.getString("source"));
        assertEquals("ACCEPTED", opened.getString("status"), "the post office itself found the failure");
        assertEquals(recorded.json().getJsonObject("inspection").getJsonNumber("id").longValue(),
                opened.getJsonNumber("inspectionId").longValue());
        JsonObject file = k.clerk.get("/api/licenses/" + k.licenseId + "/compliance").json();
        assertEquals(1, file.getJsonArray("inspections").size());
        assertEquals(1, file.getJsonArray("violations").size());
    }
}
