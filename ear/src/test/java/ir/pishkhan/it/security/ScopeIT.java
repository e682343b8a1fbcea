package ir.pishkhan.it.security;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A county user sees only that county; a province user sees all of its counties; nobody learns
 * whether something exists outside their scope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopeIT {

    static long kavar;
    static long shiraz;
    static long ardabil;
    static long fars;
    static String kavarClerk;
    static String farsOfficial;

    @BeforeAll
    static void users() {
        kavar = Fixtures.countyId("IR-07", "Kavar");
        shiraz = Fixtures.countyId("IR-07", "Shiraz");
        ardabil = Fixtures.countyId("IR-24", "Ardabil");
        fars = Fixtures.provinceId("IR-07");
        kavarClerk = Fixtures.user("clerk", "POST_CLERK", "COUNTY", kavar);
        farsOfficial = Fixtures.user("official", "PROVINCE_OFFICIAL", "PROVINCE", fars);
    }

    @Test
    void countyClerkSeesOwnCounty() {
        Api.Answer own = Fixtures.login(kavarClerk).get("/api/counties/" + kavar);
        assertEquals(200, own.status(), own::toString);
        assertEquals("کوار", own.json().getString("nameFa"));
    }

    @Test
    void countyClerkIsRefusedAnotherCountysData() {
        Api.Answer other = Fixtures.login(kavarClerk).get("/api/counties/" + shiraz);
        assertEquals(403, other.status(), other::toString);
        assertEquals("ACCESS_DENIED", other.json().getString("code"));
        assertTrue(other.contentType().startsWith("application/problem+json"));
    }

    @Test
    void outsideScopeMissingAndExistingLookTheSame() {
        Api clerk = Fixtures.login(kavarClerk);
        Api.Answer existing = clerk.get("/api/counties/" + ardabil);
        Api.Answer missing = clerk.get("/api/counties/99999999");
        assertEquals(403, existing.status());
        assertEquals(403, missing.status());
        assertEquals(existing.json().getString("code"), missing.json().getString("code"));
        // A national administrator is told the truth.
        assertEquals(404, Api.admin().get("/api/counties/99999999").status());
    }

    @Test
    void countyClerkListsOnlyOwnCounty() {
        var mine = Fixtures.login(kavarClerk).get("/api/counties").array();
        assertEquals(1, mine.size(), mine::toString);
        assertEquals(kavar, ((JsonObject) mine.get(0)).getJsonNumber("id").longValue());
    }

    @Test
    void provinceOfficialSeesEveryCountyOfTheProvinceAndNoOther() {
        Api official = Fixtures.login(farsOfficial);
        assertEquals(200, official.get("/api/counties/" + kavar).status());
        assertEquals(200, official.get("/api/counties/" + shiraz).status());
        assertEquals(403, official.get("/api/counties/" + ardabil).status());
        var mine = official.get("/api/counties?limit=500").array();
        Set<Long> provinces = Set.copyOf(mine.stream().map(c -> ((JsonObject) c).getJsonNumber("provinceId").longValue()).toList());
        assertEquals(Set.of(fars), provinces);
        assertTrue(mine.size() > 20, "Fars has more than 20 counties: " + mine.size());
    }

    @Test
    void aListFilteredByACountyOutsideScopeIsRefusedNotEmpty() {
        Api clerk = Fixtures.login(kavarClerk);
        Api official = Fixtures.login(farsOfficial);
        for (String list : java.util.List.of("violations", "licenses", "applications", "revocations", "complaints")) {
            assertEquals(200, clerk.get("/api/" + list + "?countyId=" + kavar).status(), list);
            assertProblem(clerk.get("/api/" + list + "?countyId=" + ardabil), 403, "ACCESS_DENIED");
            assertProblem(clerk.get("/api/" + list + "?countyId=" + shiraz), 403, "ACCESS_DENIED");
            assertEquals(200, official.get("/api/" + list + "?countyId=" + shiraz).status(), list);
            assertProblem(official.get("/api/" + list + "?countyId=" + ardabil), 403, "ACCESS_DENIED");
            // Outside scope, a county that does not exist looks like one that does; a national caller is told.
            assertProblem(clerk.get("/api/" + list + "?countyId=99999999"), 403, "ACCESS_DENIED");
            assertProblem(Api.admin().get("/api/" + list + "?countyId=99999999"), 404, "COUNTY_NOT_FOUND");
        }
        Api farsAuditor = Fixtures.login(Fixtures.user("scope.auditor", "AUDITOR", "PROVINCE", fars));
        assertEquals(200, farsAuditor.get("/api/audit?countyId=" + kavar).status());
        assertProblem(farsAuditor.get("/api/audit?countyId=" + ardabil), 403, "ACCESS_DENIED");
    }

    @Test
    void revokedGrantStopsWorkingAtOnce() {
        String clerk = Fixtures.user("revoked", "POST_CLERK", "COUNTY", kavar);
        Api api = Fixtures.login(clerk);
        assertEquals(200, api.get("/api/counties/" + kavar).status());
        long grantId = Api.admin().get("/api/users/" + clerk).json().getJsonArray("grants").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(204, Api.admin().delete("/api/users/" + clerk + "/grants/" + grantId + "?reason=test").status());
        // The role check may be served from a minute-long credential cache; the scope check
        // reads grants fresh, so the county is refused at once.
        assertEquals(403, api.get("/api/counties/" + kavar).status());
    }
}
