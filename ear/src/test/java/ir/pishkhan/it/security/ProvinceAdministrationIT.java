package ir.pishkhan.it.security;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Province administrators (issue 14): the national administrator makes a Fars and an Ardabil
 * administrator; each keeps the accounts, grants, counties, weekly days off and closures of their
 * own province and nothing else, and what they do is on the trail under their province. And the
 * one-time password: an account made with one may only read itself and change it; afterwards
 * everything works.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvinceAdministrationIT {

    static long fars;
    static long ardabil;
    static long kavar;
    static long ardabilCounty;
    static Api farsAdmin;
    static Api ardabilAdmin;

    @BeforeAll
    static void administrators() {
        fars = Fixtures.provinceId("IR-07");
        ardabil = Fixtures.provinceId("IR-24");
        kavar = Fixtures.countyId("IR-07", "Kavar");
        ardabilCounty = Fixtures.countyId("IR-24", "Ardabil");
        farsAdmin = Fixtures.login(Fixtures.user("padmin.fars", "ADMIN", "PROVINCE", fars, fars));
        ardabilAdmin = Fixtures.login(Fixtures.user("padmin.ardabil", "ADMIN", "PROVINCE", ardabil, ardabil));
    }

    /** Creates an account as this administrator (its home province is theirs); returns its username. */
    private static String account(Api admin, String prefix) {
        String username = prefix + "." + Api.unique();
        Api.Answer created = admin.post("/api/users",
                Api.json("username", username, "displayName", "کاربر استانی " + prefix, "password", Api.TEST_PASSWORD));
        assertEquals(201, created.status(), created::toString);
        return username;
    }

    private static Api.Answer grant(Api admin, String username, String role, String scopeType, Long scopeId) {
        return admin.post("/api/users/" + username + "/grants",
                Api.json("role", role, "scopeType", scopeType, "scopeId", scopeId, "reason", "آزمون مدیر استان"));
    }

    private static JsonObject lastRecord(String action, String objectId) {
        JsonObject page = Api.as("auditor", Api.DEMO_PASSWORD).get("/api/audit?action=" + action + "&objectId=" + objectId)
                .json();
        assertTrue(page.getJsonNumber("total").longValue() > 0, () -> action + " of " + objectId + ": " + page);
        return page.getJsonArray("records").getJsonObject(0);
    }

    @Test
    void theFarsAdministratorMakesAFarsAccountAndGrantsRolesInsideFarsOnly() {
        String username = account(farsAdmin, "fars.clerk");
        JsonObject created = farsAdmin.get("/api/users/" + username).json();
        assertEquals(fars, created.getJsonNumber("homeProvinceId").longValue(), created::toString);
        assertFalse(created.getBoolean("mustChangePassword"));

        Api.Answer clerk = grant(farsAdmin, username, "POST_CLERK", "COUNTY", kavar);
        assertEquals(201, clerk.status(), clerk::toString);
        // Working-group membership is a grant like any other (in a county of this test's own, so
        // no other test meets a member whose password it does not know).
        long county = Fixtures.newFarsCounty("شهرستان کارگروه", "Working Group");
        Api.Answer member = grant(farsAdmin, username, "WG_MEMBER", "COUNTY", county);
        assertEquals(201, member.status(), member::toString);
        assertProblem(grant(farsAdmin, username, "POST_CLERK", "COUNTY", ardabilCounty), 403, "ACCESS_DENIED");
        assertProblem(grant(farsAdmin, username, "PROVINCE_OFFICIAL", "PROVINCE", ardabil), 403, "ACCESS_DENIED");
        assertProblem(grant(farsAdmin, username, "ADMIN", "PROVINCE", fars), 403, "ACCESS_DENIED");
        assertProblem(grant(farsAdmin, username, "AUDITOR", "NATIONAL", null), 403, "ACCESS_DENIED");
        // A county that does not exist is not "not found" to a province administrator.
        assertProblem(grant(farsAdmin, username, "POST_CLERK", "COUNTY", 99999999L), 403, "ACCESS_DENIED");

        // The new clerk works in Kavar at once.
        assertEquals(200, Fixtures.login(username).get("/api/counties/" + kavar).status());

        Api.Answer revoked = farsAdmin.delete("/api/users/" + username + "/grants/"
                + member.json().getJsonNumber("id") + "?reason=" + "membership-ended");
        assertEquals(204, revoked.status(), revoked::toString);

        // The trail files the account and its grants under Fars (and the grant's county).
        JsonObject made = lastRecord("USER_CREATED", username);
        assertEquals(fars, made.getJsonNumber("provinceId").longValue(), made::toString);
        assertTrue(made.getString("actor").startsWith("padmin.fars."), made::toString);
        JsonObject granted = lastRecord("ROLE_GRANTED", username);
        assertEquals(fars, granted.getJsonNumber("provinceId").longValue(), granted::toString);
        assertEquals(county, granted.getJsonNumber("countyId").longValue(), granted::toString);
        JsonObject revocation = lastRecord("ROLE_REVOKED", username);
        assertEquals(county, revocation.getJsonNumber("countyId").longValue(), revocation::toString);
        // Fars's own auditor sees them.
        JsonObject farsAudit = Api.as("fars.auditor", Api.DEMO_PASSWORD).get("/api/audit?objectId=" + username).json();
        assertTrue(farsAudit.getJsonNumber("total").longValue() >= 4, farsAudit::toString);

        // A province administrator's accounts always belong to their province.
        assertProblem(farsAdmin.post("/api/users", Api.json("username", "elsewhere." + Api.unique(),
                "displayName", "حساب جای دیگر", "password", Api.TEST_PASSWORD, "homeProvinceId", ardabil)), 403, "ACCESS_DENIED");
    }

    @Test
    void eachProvinceAdministratorSeesAndChangesOnlyTheirProvincesAccounts() {
        String farsUser = account(farsAdmin, "fars.member");
        String ardabilUser = account(ardabilAdmin, "ardabil.member");

        List<JsonObject> listed = farsAdmin.get("/api/users?limit=500").array().stream().map(v -> (JsonObject) v).toList();
        assertTrue(listed.stream().anyMatch(u -> u.getString("username").equals(farsUser)), listed::toString);
        assertTrue(listed.stream().noneMatch(u -> u.getString("username").equals(ardabilUser)));
        assertTrue(listed.stream().allMatch(u -> !u.isNull("homeProvinceId")
                && u.getJsonNumber("homeProvinceId").longValue() == fars), "only Fars accounts: " + listed);
        // The national administrator sees both.
        assertEquals(200, Api.admin().get("/api/users/" + ardabilUser).status());

        assertProblem(farsAdmin.get("/api/users/" + ardabilUser), 403, "ACCESS_DENIED");
        assertProblem(ardabilAdmin.get("/api/users/" + farsUser), 403, "ACCESS_DENIED");
        assertProblem(farsAdmin.get("/api/users/nobody." + Api.unique()), 403, "ACCESS_DENIED");
        assertProblem(farsAdmin.put("/api/users/" + ardabilUser + "/password",
                Api.json("newPassword", "Other-Pass-1404", "reason", "آزمون")), 403, "ACCESS_DENIED");
        assertProblem(farsAdmin.put("/api/users/" + ardabilUser + "/enabled",
                Api.json("enabled", false, "reason", "آزمون")), 403, "ACCESS_DENIED");
        assertProblem(farsAdmin.put("/api/users/" + ardabilUser + "/contact",
                Api.json("email", "x@example.ir", "mobile", "")), 403, "ACCESS_DENIED");
        assertProblem(grant(farsAdmin, ardabilUser, "POST_CLERK", "COUNTY", kavar), 403, "ACCESS_DENIED");
        assertTrue(Api.as(ardabilUser, Api.TEST_PASSWORD).get("/api/me").status() == 200, "the Ardabil account still works");

        // In their own province they reset, disable and enable.
        assertEquals(204, farsAdmin.put("/api/users/" + farsUser + "/password",
                Api.json("newPassword", "Fresh-Pass-1404", "reason", "فراموشی")).status());
        assertEquals(200, Api.as(farsUser, "Fresh-Pass-1404").get("/api/me").status());
        assertFalse(Api.as(farsUser, "Fresh-Pass-1404").get("/api/me").json().getBoolean("mustChangePassword"),
                "a reset without the flag is not a one-time password");
        Api.Answer disabled = farsAdmin.put("/api/users/" + farsUser + "/enabled", Api.json("enabled", false, "reason", "مرخصی"));
        assertEquals(200, disabled.status(), disabled::toString);
        assertFalse(disabled.json().getBoolean("enabled"));
        assertEquals(401, Api.as(farsUser, "Fresh-Pass-1404").get("/api/me").status());
        assertEquals(200, farsAdmin.put("/api/users/" + farsUser + "/enabled", Api.json("enabled", true, "reason", "بازگشت")).status());
        assertEquals(fars, lastRecord("USER_DISABLED", farsUser).getJsonNumber("provinceId").longValue());
    }

    @Test
    void aFarsAccountThatCanActElsewhereIsNotTheFarsAdministratorsToChange() {
        // The national administrator gives a Fars account a grant in Ardabil, and another one ADMIN of Fars.
        String both = Fixtures.user("fars.both", "POST_CLERK", "COUNTY", kavar, fars);
        assertEquals(201, grant(Api.admin(), both, "POST_CLERK", "COUNTY", ardabilCounty).status());
        String peer = Fixtures.user("fars.peer", "ADMIN", "PROVINCE", fars, fars);

        for (String username : List.of(both, peer)) {
            assertEquals(200, farsAdmin.get("/api/users/" + username).status(), "listed and readable: " + username);
            assertProblem(farsAdmin.put("/api/users/" + username + "/password",
                    Api.json("newPassword", "Taken-Over-1404", "reason", "آزمون")), 403, "ACCESS_DENIED");
            assertProblem(farsAdmin.put("/api/users/" + username + "/enabled",
                    Api.json("enabled", false, "reason", "آزمون")), 403, "ACCESS_DENIED");
        }
        long ardabilGrant = Api.admin().get("/api/users/" + both).json().getJsonArray("grants").stream()
                .map(v -> (JsonObject) v).filter(g -> g.getJsonNumber("scopeId").longValue() == ardabilCounty)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertProblem(farsAdmin.delete("/api/users/" + both + "/grants/" + ardabilGrant), 403, "ACCESS_DENIED");

        // Only a national administrator moves an account to a province.
        String national = Fixtures.user("national.clerk", "POST_CLERK", "COUNTY", kavar);
        assertProblem(farsAdmin.put("/api/users/" + national + "/home-province",
                Api.json("provinceId", fars, "reason", "آزمون")), 403, "ACCESS_DENIED");
        assertProblem(farsAdmin.get("/api/users/" + national), 403, "ACCESS_DENIED");
        Api.Answer moved = Api.admin().put("/api/users/" + national + "/home-province",
                Api.json("provinceId", fars, "reason", "کارمند استان فارس"));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(fars, moved.json().getJsonNumber("homeProvinceId").longValue());
        assertEquals(200, farsAdmin.get("/api/users/" + national).status());
        assertEquals(fars, lastRecord("USER_HOME_PROVINCE_CHANGED", national).getJsonNumber("provinceId").longValue());
    }

    @Test
    void theFarsAdministratorKeepsFarsCountiesAndCalendarButNothingNational() {
        // Far in the future, so no deadline of another test meets it.
        String date = LocalDate.of(2097, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000)).toString();
        Api.Answer closure = farsAdmin.post("/api/provinces/" + fars + "/calendar/closures",
                Api.json("date", date, "reason", "تعطیلی آزمون مدیر استان"));
        assertEquals(201, closure.status(), closure::toString);
        assertProblem(farsAdmin.post("/api/provinces/" + ardabil + "/calendar/closures",
                Api.json("date", date, "reason", "تعطیلی آزمون مدیر استان")), 403, "ACCESS_DENIED");
        // The same days off as before: the change is allowed, and nothing changes for other tests.
        Api.Answer daysOff = farsAdmin.put("/api/provinces/" + fars + "/calendar/days-off",
                new Bodies.DaysOff(List.of("FRIDAY"), "تأیید تعطیل هفتگی"));
        assertEquals(200, daysOff.status(), daysOff::toString);
        assertProblem(farsAdmin.put("/api/provinces/" + ardabil + "/calendar/days-off",
                new Bodies.DaysOff(List.of("FRIDAY"), "آزمون")), 403, "ACCESS_DENIED");
        assertProblem(farsAdmin.post("/api/holidays", Api.json("date", date, "nameFa", "تعطیل آزمون", "reason", "آزمون")),
                403, "ACCESS_DENIED");

        String suffix = Api.unique();
        Api.Answer added = farsAdmin.post("/api/counties", Api.json("provinceId", fars,
                "nameFa", "شهرستان مدیر استان " + suffix, "nameEn", "Province Admin " + suffix, "reason", "مصوبهٔ تقسیمات"));
        assertEquals(201, added.status(), added::toString);
        long county = added.json().getJsonNumber("id").longValue();
        Api.Answer renamed = farsAdmin.put("/api/counties/" + county, Api.json("nameFa", "شهرستان تازه " + suffix,
                "nameEn", "Renamed " + suffix, "reason", "اصلاح نام"));
        assertEquals(200, renamed.status(), renamed::toString);
        assertProblem(farsAdmin.post("/api/counties", Api.json("provinceId", ardabil,
                "nameFa", "شهرستان بیگانه " + suffix, "nameEn", "Foreign " + suffix, "reason", "آزمون")), 403, "ACCESS_DENIED");
        assertProblem(farsAdmin.put("/api/counties/" + ardabilCounty, Api.json("nameFa", "نام دیگر " + suffix,
                "nameEn", "Other " + suffix, "reason", "آزمون")), 403, "ACCESS_DENIED");
        assertProblem(ardabilAdmin.put("/api/counties/" + county, Api.json("nameFa", "نام دیگر " + suffix,
                "nameEn", "Other " + suffix, "reason", "آزمون")), 403, "ACCESS_DENIED");
        JsonObject addedRecord = lastRecord("COUNTY_ADDED", String.valueOf(county));
        assertEquals(fars, addedRecord.getJsonNumber("provinceId").longValue(), addedRecord::toString);

        // Reading within Fars, as administrators always could.
        assertEquals(200, farsAdmin.get("/api/counties/" + kavar).status());
        assertProblem(farsAdmin.get("/api/counties/" + ardabilCounty), 403, "ACCESS_DENIED");

        // National matters stay national.
        assertProblem(farsAdmin.get("/api/schedule/jobs"), 403, "ACCESS_DENIED");
        assertProblem(farsAdmin.get("/api/settings"), 403, "ACCESS_DENIED");
        assertProblem(farsAdmin.put("/api/office-rules/fees/RURAL_ICT/1499", Api.json("issuanceFee", 1000, "reason", "آزمون")),
                403, "ACCESS_DENIED");
    }

    @Test
    void anAccountWithAOneTimePasswordMayOnlyReadItselfUntilItChangesIt() {
        String username = "onetime." + Api.unique();
        String oneTime = "Once-" + Api.unique() + "-7";
        Api.Answer created = farsAdmin.post("/api/users", Api.json("username", username, "displayName", "کاربر یک‌بارمصرف",
                "password", oneTime, "oneTimePassword", true));
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.json().getBoolean("mustChangePassword"));
        assertEquals(201, grant(farsAdmin, username, "POST_CLERK", "COUNTY", kavar).status());

        Api first = Api.as(username, oneTime);
        Api.Answer refused = first.get("/api/licenses?countyId=" + kavar);
        assertProblem(refused, 403, "PASSWORD_CHANGE_REQUIRED");
        assertTrue(refused.json().getString("detailFa").contains("گذرواژه"), refused::toString);
        // Public endpoints too: this caller must change the password before anything else.
        assertProblem(first.get("/api/provinces"), 403, "PASSWORD_CHANGE_REQUIRED");
        Api.Answer me = first.get("/api/me");
        assertEquals(200, me.status(), me::toString);
        assertTrue(me.json().getBoolean("mustChangePassword"));
        assertProblem(first.put("/api/me/password", Api.json("currentPassword", oneTime, "newPassword", oneTime)),
                422, "PASSWORD_UNCHANGED");

        String chosen = "Chosen-Pass-1404";
        Api.Answer changed = first.put("/api/me/password", Api.json("currentPassword", oneTime, "newPassword", chosen));
        assertEquals(204, changed.status(), changed::toString);

        // The old password is gone at once, and with it the refusal.
        assertEquals(401, first.get("/api/me").status());
        Api now = Api.as(username, chosen);
        Api.Answer licences = now.get("/api/licenses?countyId=" + kavar);
        assertEquals(200, licences.status(), licences::toString);
        assertFalse(now.get("/api/me").json().getBoolean("mustChangePassword"));

        // An administrator's reset makes a one-time password only when asked to.
        String again = "Again-" + Api.unique() + "-8";
        assertEquals(204, farsAdmin.put("/api/users/" + username + "/password",
                Api.json("newPassword", again, "reason", "فراموشی", "oneTimePassword", true)).status());
        assertProblem(Api.as(username, again).get("/api/licenses?countyId=" + kavar), 403, "PASSWORD_CHANGE_REQUIRED");
        JsonObject reset = lastRecord("PASSWORD_RESET", username);
        assertTrue(reset.getString("after").contains("mustChangePassword"), reset::toString);
        assertEquals(fars, reset.getJsonNumber("provinceId").longValue());
    }
}
