package ir.pishkhan.it.license;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator corrects a licence's holder and number and a contract's data (اصلاح اطلاعات):
 * public verification shows the corrected data at once, an old register's number verifies however
 * its digits are typed, the history and the audit trail keep before, after and the reason, and
 * the status never moves. Refusals: no reason, a stale screen, another licence's number, another
 * person's national code, a county clerk.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorrectionsIT {

    /** The demo national administrator. */
    static final Api ADMIN = Api.as("admin", Api.DEMO_PASSWORD);
    static final Api AUDITOR = Api.as("auditor", Api.DEMO_PASSWORD);

    @Test
    void anAdministratorCorrectsHolderNumberAndContractAndTheWholeSystemSeesIt() {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان اصلاح", "Corrections");
        Fixtures.setCapacity(Fixtures.login(Fixtures.user("co.official", "PROVINCE_OFFICIAL", "PROVINCE", fars)),
                countyId, "GOVERNMENT_COUNTER", 3);
        Api clerk = Fixtures.login(Fixtures.user("co.clerk", "POST_CLERK", "COUNTY", countyId));
        JsonObject first = issue(clerk, countyId, "بهرام");
        JsonObject second = issue(clerk, countyId, "ناهید");
        long id = Fixtures.id(first);
        String path = "/api/licenses/" + id + "/corrections";
        String oldNumber = first.getString("number");

        // Verified once, so the answer is kept in the verification cache.
        assertEquals("بهرام آ…", verify(oldNumber).json().getString("holderMasked"));

        // The holder's name: public verification shows it at once.
        String reason = "نام دارنده در پرونده با شناسنامه یکی نبود";
        Api.Answer renamed = ADMIN.post(path, Api.json("expectedVersion", version(first),
                "holderFirstName", "کامران", "holderLastName", "بهرامی", "reason", reason));
        assertEquals(201, renamed.status(), renamed::toString);
        JsonObject afterName = renamed.json();
        assertEquals("کامران بهرامی", afterName.getString("holderName"));
        assertNotEquals(version(first), version(afterName), "the licence as people saw it changed");
        assertEquals("کامران ب…", verify(oldNumber).json().getString("holderMasked"), "not the answer kept from before");
        JsonObject corrected = lastEvent(afterName);
        assertEquals("CORRECTED", corrected.getString("type"));
        assertEquals(reason, corrected.getString("reason"));
        assertTrue(corrected.getString("before").contains("holderName=بهرام آزمون"), corrected::toString);
        assertTrue(corrected.getString("after").contains("holderName=کامران بهرامی"), corrected::toString);
        JsonObject audit = onlyRecord("LICENSE_CORRECTED", oldNumber);
        assertEquals(reason, audit.getString("reason"));
        assertEquals("admin", audit.getString("actor"));
        assertTrue(audit.getString("before").contains("بهرام آزمون") && audit.getString("after").contains("کامران بهرامی"),
                audit::toString);

        // The number, to an old register's: typed in Persian digits, kept in its normal form.
        String serial = String.valueOf(100_000 + new java.security.SecureRandom().nextInt(900_000));
        String legacy = "1402/فارس/" + serial;
        Api.Answer renumbered = ADMIN.post(path, Api.json("expectedVersion", version(afterName),
                "number", persian(legacy), "reason", "شمارهٔ پروانهٔ صادرشده در دفتر قدیم استان"));
        assertEquals(201, renumbered.status(), renumbered::toString);
        JsonObject afterNumber = renumbered.json();
        assertEquals(legacy, afterNumber.getString("number"));
        assertEquals("ACTIVE", afterNumber.getString("status"), "a correction never changes the status");
        assertProblem(verify(oldNumber), 404, "LICENSE_NOT_FOUND");
        for (String typed : List.of(legacy, persian(legacy), " " + persian(legacy) + "\u200F")) {
            Api.Answer v = verify(typed);
            assertEquals(200, v.status(), () -> typed + ": " + v);
            assertEquals(legacy, v.json().getString("number"));
            assertEquals("کامران ب…", v.json().getString("holderMasked"));
        }
        Api.Answer encodedSlashes = Api.anonymous().get("/api/public/licenses/"
                + URLEncoder.encode(persian(legacy), StandardCharsets.UTF_8));
        assertEquals(200, encodedSlashes.status(), encodedSlashes::toString);
        Api.Answer page = Api.anonymous().get("/verify.xhtml?number=" + URLEncoder.encode(persian(legacy), StandardCharsets.UTF_8));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("کامران ب…") && page.body().contains(legacy), page::toString);
        assertEquals(1, clerk.get("/api/licenses?q=" + URLEncoder.encode(persian(legacy), StandardCharsets.UTF_8)
                + "&countyId=" + countyId).array().size(), "the clerk's search finds it by the new number");
        assertEquals(1, AUDITOR.get("/api/audit?action=LICENSE_CORRECTED&objectId="
                + URLEncoder.encode(legacy, StandardCharsets.UTF_8)).json().getJsonNumber("total").intValue());

        // Refusals; none of them changes anything.
        long current = version(afterNumber);
        assertProblem(ADMIN.post(path, Api.json("expectedVersion", current, "officeName", "دفتر دیگر")), 400, "REASON_REQUIRED");
        assertProblem(ADMIN.post(path, Api.json("expectedVersion", current, "officeName", "دفتر دیگر", "reason", " ")),
                400, "REASON_REQUIRED");
        assertProblem(ADMIN.post(path, Api.json("expectedVersion", version(afterName), "officeName", "دفتر دیگر",
                "reason", "صفحهٔ قدیمی")), 409, "STALE_VERSION");
        assertProblem(ADMIN.post(path, Api.json("expectedVersion", current, "number", second.getString("number"),
                "reason", "شمارهٔ پروانهٔ دیگر")), 409, "LICENSE_NUMBER_TAKEN");
        assertProblem(ADMIN.post(path, Api.json("expectedVersion", current, "holderNationalCode",
                second.getString("holderNationalCode"), "reason", "کد ملی شخص دیگر")), 409, "NATIONAL_CODE_TAKEN");
        String county = second.getString("number").substring(0, 4);
        int check = luhn(county + "1" + "99999");
        assertProblem(ADMIN.post(path, Api.json("expectedVersion", current, "number",
                county + "-G-99999-" + (check + 1) % 10, "reason", "شماره")), 400, "LICENSE_NUMBER_INVALID");
        assertProblem(ADMIN.post(path, Api.json("expectedVersion", current, "number", county + "-G-99999-" + check,
                "reason", "شماره")), 422, "LICENSE_NUMBER_NOT_ISSUED");
        assertProblem(ADMIN.post(path, Api.json("expectedVersion", current, "officeName", afterNumber.getString("officeName"),
                "reason", "هیچ")), 400, "NOTHING_TO_CORRECT");
        assertProblem(clerk.post(path, Api.json("expectedVersion", current, "officeName", "دفتر دیگر", "reason", "کارمند")),
                403, "ACCESS_DENIED");
        JsonObject unchanged = clerk.get("/api/licenses/" + id).json();
        assertEquals(current, version(unchanged));
        assertEquals(legacy, unchanged.getString("number"));
        assertEquals("کامران بهرامی", unchanged.getString("holderName"));
        assertEquals(second.getString("holderName"), clerk.get("/api/licenses/" + Fixtures.id(second)).json()
                .getString("holderName"), "the other person is untouched");

        // A contract: its correction shows in the audit trail and the licence's history.
        long contract = Fixtures.id(clerk.post("/api/licenses/" + id + "/contracts",
                Api.json("agency", "GAS", "services", "قبض گاز", "since", "2025-02-01")).json());
        String contractPath = "/api/contracts/" + contract + "/corrections";
        assertProblem(ADMIN.post(contractPath, Api.json("agency", "WATER")), 400, "REASON_REQUIRED");
        assertProblem(clerk.post(contractPath, Api.json("agency", "WATER", "reason", "کارمند")), 403, "ACCESS_DENIED");
        Api.Answer fixed = ADMIN.post(contractPath, Api.json("agency", "WATER", "services", "قبض آب",
                "reason", "دستگاه طرف قرارداد اشتباه ثبت شده بود"));
        assertEquals(201, fixed.status(), fixed::toString);
        assertEquals("WATER", fixed.json().getString("agency"));
        assertEquals("ACTIVE", fixed.json().getString("status"));
        JsonObject contractAudit = AUDITOR.get("/api/audit?action=CONTRACT_CORRECTED&objectType=ServiceContract&objectId="
                + contract).json().getJsonArray("records").getJsonObject(0);
        assertTrue(contractAudit.getString("before").contains("GAS") && contractAudit.getString("after").contains("WATER"),
                contractAudit::toString);
        assertEquals("دستگاه طرف قرارداد اشتباه ثبت شده بود", contractAudit.getString("reason"));
        JsonObject noted = lastEvent(clerk.get("/api/licenses/" + id).json());
        assertEquals("CORRECTED", noted.getString("type"));
        assertTrue(noted.getString("reason").contains("قرارداد") && noted.getString("reason")
                .endsWith("دستگاه طرف قرارداد اشتباه ثبت شده بود"), noted::toString);
        assertTrue(noted.getString("before").contains("agency=GAS") && noted.getString("after").contains("agency=WATER"),
                noted::toString);
    }

    private static JsonObject issue(Api clerk, long countyId, String firstName) {
        Api.Answer a = clerk.post("/api/licenses/direct", Fixtures.directLicense(
                Fixtures.application(countyId, "GOVERNMENT_COUNTER", firstName), Fixtures.office("دفتر " + firstName)));
        assertEquals(201, a.status(), a::toString);
        return a.json();
    }

    /** Public verification by number, the slashes of an old register's number left as they are in the path. */
    private static Api.Answer verify(String number) {
        return Api.anonymous().get("/api/public/licenses/"
                + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/"));
    }

    private static long version(JsonObject license) {
        return license.getJsonNumber("version").longValue();
    }

    private static JsonObject lastEvent(JsonObject license) {
        JsonArray history = license.getJsonArray("history");
        return history.getJsonObject(history.size() - 1);
    }

    private static JsonObject onlyRecord(String action, String objectId) {
        JsonObject page = AUDITOR.get("/api/audit?action=" + action + "&objectId="
                + URLEncoder.encode(objectId, StandardCharsets.UTF_8)).json();
        assertEquals(1, page.getJsonNumber("total").intValue(), page::toString);
        return page.getJsonArray("records").getJsonObject(0);
    }

    /** The Luhn check digit of a number's digits (the type G counts as 1). */
    private static int luhn(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    private static String persian(String text) {
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : (char) c));
        return b.toString();
    }
}
