package ir.pishkhan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every refusal reaches API clients as application/problem+json with a stable code and Persian
 * and English texts; nothing is half-written when a request is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemJsonIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @Test
    void invalidBodyIs400ListingTheFields() {
        Api.Answer a = Api.admin().post("/api/users", Api.json("username", "", "displayName", "", "password", ""));
        assertProblem(a, 400, "VALIDATION_FAILED");
        List<String> fields = a.json().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field")).toList();
        assertEquals(List.of("displayName", "password", "username"), fields);
        assertTrue(a.json().getJsonArray("errors").getJsonObject(2).getString("message").contains("نام کاربری"));
    }

    @Test
    void domainRuleRefusalIs400WithItsOwnCode() {
        Api.Answer a = Api.admin().post("/api/users",
                Api.json("username", "weak." + Api.unique(), "displayName", "کاربر", "password", "short"));
        assertProblem(a, 400, "PASSWORD_WEAK");
    }

    @Test
    void malformedJsonIs400() {
        Api.Answer a = Api.admin().post("/api/users", "{not json");
        assertProblem(a, 400, "MALFORMED_BODY");
    }

    @Test
    void forbiddenIs403() {
        String clerk = Fixtures.user("problem", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        Api.Answer a = Fixtures.login(clerk).post("/api/users",
                Api.json("username", "x" + Api.unique(), "displayName", "x", "password", "Abcdefg123"));
        assertProblem(a, 403, "ACCESS_DENIED");
    }

    @Test
    void anonymousIs401WithChallenge() {
        Api.Answer a = Api.anonymous().get("/api/users");
        assertProblem(a, 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    void wrongPasswordIs401() {
        Api.Answer a = Api.as(Api.ADMIN, "wrong-password-1").get("/api/users");
        assertProblem(a, 401, "AUTHENTICATION_FAILED");
    }

    @Test
    void unknownObjectAndUnknownPathAre404() {
        assertProblem(Api.admin().get("/api/users/no.such.user"), 404, "USER_NOT_FOUND");
        assertProblem(Api.admin().get("/api/no-such-endpoint"), 404, "NOT_FOUND");
    }

    @Test
    void duplicateIs409AndNothingIsHalfWritten() {
        String name = "dup." + Api.unique();
        assertEquals(201, Api.admin().post("/api/users",
                Api.json("username", name, "displayName", "اول", "password", "Abcdefg123")).status());
        Api.Answer again = Api.admin().post("/api/users",
                Api.json("username", name, "displayName", "دوم", "password", "Abcdefg123"));
        assertProblem(again, 409, "USERNAME_TAKEN");
        assertEquals("اول", Api.admin().get("/api/users/" + name).json().getString("displayName"));
        JsonObject audit = Api.as("auditor", Api.DEMO_PASSWORD).get("/api/audit?objectId=" + name).json();
        assertEquals(1, audit.getInt("total"), "only the successful creation is audited");
    }

    @Test
    void invalidGrantScopeLeavesNoTrace() {
        String name = Fixtures.user("scope", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        Api.Answer a = Api.admin().post("/api/users/" + name + "/grants",
                Api.json("role", "ADMIN", "scopeType", "COUNTY", "scopeId", Fixtures.countyId("IR-07", "Kavar")));
        assertProblem(a, 400, "GRANT_SCOPE_INVALID");
        assertEquals(1, Api.admin().get("/api/users/" + name).json().getJsonArray("grants").size());
    }

    static void assertProblem(Api.Answer a, int status, String code) {
        assertEquals(status, a.status(), a::toString);
        assertTrue(a.contentType().startsWith("application/problem+json"), a::toString);
        JsonObject p = a.json();
        assertEquals(status, p.getInt("status"));
        assertEquals(code, p.getString("code"), a::toString);
        assertFalse(p.getString("title").isBlank());
        assertFalse(p.getString("titleFa").isBlank());
        assertFalse(p.getString("detailFa").isBlank());
        assertFalse(a.body().contains("Exception"), "no stack trace or exception names: " + a.body());
    }
}
