package ir.pishkhan.it.capacity;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The waitlist and issuance as a county lives them: licences in waitlist order while slots are
 * free, "capacity full" once they are not, an invitation when the province raises capacity, the
 * slot going back when the applicant declines, and public verification of what was issued.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicensingFlowIT {

    @Test
    void waitlistInvitationsAndIssuance() {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان صف", "Waitlist");
        Api official = Fixtures.login(Fixtures.user("f.official", "PROVINCE_OFFICIAL", "PROVINCE", fars));
        Api clerk = Fixtures.login(Fixtures.user("f.clerk", "POST_CLERK", "COUNTY", countyId));

        // No capacity set yet: the county counts as saturated.
        assertProblem(clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId, "GOVERNMENT_COUNTER", "زود"), Fixtures.office("دفتر"))),
                422, "CAPACITY_FULL");

        Fixtures.setCapacity(official, countyId, "GOVERNMENT_COUNTER", 1);
        long first = submit(clerk, countyId, "نخست");
        long second = submit(clerk, countyId, "دوم");
        assertEquals(2, clerk.get("/api/counties/" + countyId + "/waitlist").array().size());

        // Licences follow the waitlist: the second applicant cannot jump the line.
        assertProblem(issue(clerk, second), 422, "NOT_FIRST_IN_LINE");
        Api.Answer issued = issue(clerk, first);
        assertEquals(201, issued.status(), issued::toString);
        JsonObject license = issued.json();
        String number = license.getString("number");
        assertTrue(number.matches(String.format("%04d", countyId) + "-G-00001-\\d"), number);
        assertEquals("ACTIVE", license.getString("status"));
        assertEquals(license.getString("issueDate").substring(0, 4),
                String.valueOf(Integer.parseInt(license.getString("expiryDate").substring(0, 4)) - 5), "valid 5 years");
        assertEquals("ISSUED", license.getJsonArray("history").getJsonObject(0).getString("type"));

        // Now the county is saturated.
        assertProblem(issue(clerk, second), 422, "CAPACITY_FULL");

        // Raising capacity invites the next applicant at once and reserves the slot.
        JsonObject status = Fixtures.setCapacity(official, countyId, "GOVERNMENT_COUNTER", 2);
        assertEquals(2, status.getInt("occupied"));
        assertEquals(0, status.getInt("waiting"));
        assertEquals("INVITED", clerk.get("/api/applications/" + second).json().getString("status"));
        assertProblem(issue(clerk, second), 422, "APPLICATION_HOLDS_NO_SLOT");

        // Declining frees the slot; nobody else waits, so it stays free.
        long invitation = Fixtures.invitationOf(second);
        assertEquals("DECLINED", clerk.post("/api/invitations/" + invitation + "/refusal",
                Api.json("reason", "منصرف شد")).json().getString("status"));
        JsonObject line = Fixtures.capacity(clerk, countyId, "GOVERNMENT_COUNTER");
        assertEquals(1, line.getInt("occupied"));
        assertEquals(1, line.getInt("free"));
        assertFalse(line.getBoolean("saturated"));

        // A refused issuance leaves nothing half-written: the slot is still free afterwards.
        Api.Answer incomplete = clerk.post("/api/applications",
                Fixtures.application(countyId, "GOVERNMENT_COUNTER", "ناقص").withDocuments("PHOTO"));
        long third = incomplete.json().getJsonNumber("id").longValue();
        assertProblem(issue(clerk, third), 422, "DOCUMENTS_MISSING");
        assertEquals(1, Fixtures.capacity(clerk, countyId, "GOVERNMENT_COUNTER").getInt("occupied"));
        assertEquals("WAITING", clerk.get("/api/applications/" + third).json().getString("status"));

        // Public verification: what a citizen sees, nothing more.
        JsonObject seen = Api.anonymous().get("/api/public/licenses/" + number).json();
        assertEquals("ACTIVE", seen.getString("status"));
        assertEquals("فعال", seen.getString("statusFa"));
        assertTrue(seen.getString("holderMasked").startsWith("نخست "), seen::toString);
        assertTrue(seen.getString("holderMasked").endsWith("…"), seen::toString);
        assertFalse(seen.toString().contains("09121234567"), "no phone number");
        assertFalse(seen.containsKey("holderNationalCode"));
        String wrongCheck = number.substring(0, number.length() - 1) + ((number.charAt(number.length() - 1) - '0' + 1) % 10);
        assertProblem(Api.anonymous().get("/api/public/licenses/" + wrongCheck), 400, "LICENSE_NUMBER_INVALID");

        // Search: by number, by national code, by the holder's name with a status;
        // and never beyond the caller's scope.
        assertEquals(number, clerk.get("/api/licenses?q=" + number).array().getJsonObject(0).getString("number"));
        String holderCode = license.getString("holderNationalCode");
        assertEquals(number, clerk.get("/api/licenses?q=" + holderCode).array().getJsonObject(0).getString("number"));
        assertEquals(1, clerk.get("/api/licenses?q=" + java.net.URLEncoder.encode("نخست", java.nio.charset.StandardCharsets.UTF_8)
                + "&status=ACTIVE").array().size());
        String otherClerk = Fixtures.user("f.other", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        assertEquals(0, Fixtures.login(otherClerk).get("/api/licenses?q=" + number).array().size());

        // Every step is in the audit trail of the county.
        JsonObject audit = Api.as("auditor", Api.DEMO_PASSWORD).get("/api/audit?countyId=" + countyId + "&limit=100").json();
        String actions = audit.getJsonArray("records").toString();
        for (String action : new String[]{"CAPACITY_SET", "APPLICATION_SUBMITTED", "LICENSE_ISSUED", "INVITATION_SENT",
                "INVITATION_DECLINED"}) {
            assertTrue(actions.contains(action), action + " missing from " + actions);
        }
    }

    private static long submit(Api clerk, long countyId, String name) {
        Api.Answer a = clerk.post("/api/applications", Fixtures.application(countyId, "GOVERNMENT_COUNTER", name));
        assertEquals(201, a.status(), a::toString);
        assertEquals("WAITING", a.json().getString("status"));
        return a.json().getJsonNumber("id").longValue();
    }

    private static Api.Answer issue(Api clerk, long applicationId) {
        return clerk.post("/api/licenses", Fixtures.issuance(applicationId, Fixtures.office("دفتر پیشخوان")));
    }
}
