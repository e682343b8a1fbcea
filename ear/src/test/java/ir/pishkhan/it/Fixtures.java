package ir.pishkhan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

/**
 * Test data made through the API as the test administrator: each test class creates its own
 * users with unique names, so tests never depend on each other or on demo data.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** Id of a county found by its English name in a province (ISO code, e.g. IR-07). */
    public static long countyId(String provinceCode, String countyNameEn) {
        long provinceId = provinceId(provinceCode);
        return Api.anonymous().get("/api/provinces/" + provinceId + "/counties").array().stream()
                .map(v -> (JsonObject) v).filter(c -> c.getString("nameEn").equals(countyNameEn))
                .findFirst().orElseThrow(() -> new AssertionError("No county " + countyNameEn))
                .getJsonNumber("id").longValue();
    }

    public static long provinceId(String provinceCode) {
        return Api.anonymous().get("/api/provinces").array().stream().map(v -> (JsonObject) v)
                .filter(p -> p.getString("code").equals(provinceCode)).findFirst()
                .orElseThrow(() -> new AssertionError("No province " + provinceCode)).getJsonNumber("id").longValue();
    }

    /** Creates a user holding one role in one scope; returns its username (password {@link Api#TEST_PASSWORD}). */
    public static String user(String prefix, String role, String scopeType, Long scopeId) {
        String username = prefix + "." + Api.unique();
        Api.Answer created = Api.admin().post("/api/users",
                Api.json("username", username, "displayName", "کاربر آزمون " + prefix, "password", Api.TEST_PASSWORD));
        assertEquals(201, created.status(), created::toString);
        Api.Answer granted = Api.admin().post("/api/users/" + username + "/grants",
                Api.json("role", role, "scopeType", scopeType, "scopeId", scopeId, "reason", "test fixture"));
        assertEquals(201, granted.status(), granted::toString);
        return username;
    }

    public static Api login(String username) {
        return Api.as(username, Api.TEST_PASSWORD);
    }
}
