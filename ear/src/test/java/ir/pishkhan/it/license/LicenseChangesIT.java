package ir.pishkhan.it.license;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies.Person;
import ir.pishkhan.it.support.Bodies.Transfer;
import ir.pishkhan.it.support.Bodies.TransferCheck;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Relocation within the locality only, transfer only with every check passed (never by power of
 * attorney, never twice within three years), and surrender freeing the slot for the next applicant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicenseChangesIT {

    static final List<TransferCheck> ALL_CHECKS_PASSED = checks(true, null);

    static List<TransferCheck> checks(boolean passed, String skip) {
        List<TransferCheck> b = new ArrayList<>();
        for (String c : new String[]{"SECURITY_VETTING", "CRIMINAL_RECORD", "ADDICTION", "TAX", "BANK", "INSURANCE",
                "AGENCY_CLEARANCE", "UNDERTAKING"}) {
            if (c.equals(skip)) {
                continue;
            }
            boolean ok = passed || !c.equals("TAX");
            b.add(new TransferCheck(c, LocalDate.now().minusDays(3), ok, c.toLowerCase() + "-42"));
        }
        return b;
    }

    static Transfer transfer(JsonObject license, List<TransferCheck> checks, boolean attorney) {
        return new Transfer(license.getJsonNumber("version").longValue(),
                new Person(Fixtures.nationalCode(), "حمید", "تازه‌کار", "09131112233", "MASTER"), checks, attorney);
    }

    @Test
    void relocationTransferAndSurrender() {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان تغییر", "Changes");
        Api official = Fixtures.login(Fixtures.user("ch.official", "PROVINCE_OFFICIAL", "PROVINCE", fars));
        Fixtures.setCapacity(official, countyId, "GOVERNMENT_COUNTER", 2);
        Api clerk = Fixtures.login(Fixtures.user("ch.clerk", "POST_CLERK", "COUNTY", countyId));
        JsonObject first = issue(clerk, countyId);
        JsonObject second = issue(clerk, countyId);
        long waiting = clerk.post("/api/applications", Fixtures.application(countyId, "GOVERNMENT_COUNTER", "منتظر"))
                .json().getJsonNumber("id").longValue();

        // Relocation: same locality only, with the working group's approval.
        String path = "/api/licenses/" + second.getJsonNumber("id");
        assertProblem(clerk.post(path + "/relocation", Api.json("expectedVersion", second.getJsonNumber("version").longValue(),
                "address", "جای دیگر", "locality", "شیراز", "approvalRef", "WG-7", "approvalDate", "2025-05-01")),
                422, "RELOCATION_OUTSIDE_LOCALITY");
        assertProblem(clerk.post(path + "/relocation", Api.json("expectedVersion", second.getJsonNumber("version").longValue(),
                "address", "جای دیگر")), 400, "VALIDATION_FAILED");
        JsonObject moved = clerk.post(path + "/relocation", Api.json("expectedVersion", second.getJsonNumber("version").longValue(),
                "address", "میدان آزادی، پلاک ۳", "approvalRef", "WG-7", "approvalDate", "2025-05-01")).json();
        assertEquals("میدان آزادی، پلاک ۳", moved.getString("address"));
        assertEquals("RELOCATED", last(moved));

        // Transfer: refusals name their reason; then a full set of passed checks transfers it.
        String verifyPath = "/api/public/licenses/" + moved.getString("number");
        String holderBefore = Api.anonymous().get(verifyPath).json().getString("holderMasked");
        assertProblem(clerk.post(path + "/transfer", transfer(moved, ALL_CHECKS_PASSED, true)), 422, "TRANSFER_BY_ATTORNEY");
        assertProblem(clerk.post(path + "/transfer", transfer(moved, checks(true, "BANK"), false)), 422, "TRANSFER_CHECK_MISSING");
        assertProblem(clerk.post(path + "/transfer", transfer(moved, checks(false, null), false)), 422, "TRANSFER_CHECK_FAILED");
        Api.Answer transferred = clerk.post(path + "/transfer", transfer(moved, ALL_CHECKS_PASSED, false));
        assertEquals(200, transferred.status(), transferred::toString);
        JsonObject afterTransfer = transferred.json();
        assertEquals(second.getString("number"), afterTransfer.getString("number"), "the number stays");
        assertEquals("حمید تازه‌کار", afterTransfer.getString("holderName"));
        assertNotEquals(second.getString("holderNationalCode"), afterTransfer.getString("holderNationalCode"));
        assertEquals("TRANSFERRED", last(afterTransfer));
        assertEquals("حمید ت…", Api.anonymous().get(verifyPath).json().getString("holderMasked"),
                "public verification shows the new holder at once, not the answer kept from before (" + holderBefore + ")");
        assertProblem(clerk.post(path + "/transfer", transfer(afterTransfer, ALL_CHECKS_PASSED, false)),
                422, "TRANSFER_TOO_SOON");
        // A stale screen is told, not obeyed.
        assertProblem(clerk.post(path + "/surrender", Api.json("expectedVersion", second.getJsonNumber("version").longValue(),
                "reason", "قدیمی")), 409, "STALE_VERSION");

        // Surrender frees the slot, and the waiting applicant is invited to it.
        assertEquals("ACTIVE", Api.anonymous().get("/api/public/licenses/" + first.getString("number")).json().getString("status"));
        JsonObject surrendered = clerk.post("/api/licenses/" + first.getJsonNumber("id") + "/surrender",
                Api.json("expectedVersion", first.getJsonNumber("version").longValue(), "reason", "بازنشستگی دارنده")).json();
        assertEquals("SURRENDERED", surrendered.getString("status"));
        assertEquals("INVITED", clerk.get("/api/applications/" + waiting).json().getString("status"));
        assertEquals(2, Fixtures.capacity(clerk, countyId, "GOVERNMENT_COUNTER").getInt("occupied"));
        assertEquals("ابطال به درخواست دارنده", Api.anonymous().get("/api/public/licenses/" + first.getString("number"))
                .json().getString("statusFa"));
    }

    private static JsonObject issue(Api clerk, long countyId) {
        Api.Answer a = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId, "GOVERNMENT_COUNTER", "دارنده"), Fixtures.office("دفتر")));
        assertEquals(201, a.status(), a::toString);
        return a.json();
    }

    private static String last(JsonObject license) {
        var history = license.getJsonArray("history");
        return history.getJsonObject(history.size() - 1).getString("type");
    }
}
