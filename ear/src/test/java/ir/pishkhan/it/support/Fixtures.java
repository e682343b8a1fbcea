package ir.pishkhan.it.support;

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

    /** The id of an object the API answered with. */
    public static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    public static long provinceId(String provinceCode) {
        return Api.anonymous().get("/api/provinces").array().stream().map(v -> (JsonObject) v)
                .filter(p -> p.getString("code").equals(provinceCode)).findFirst()
                .orElseThrow(() -> new AssertionError("No province " + provinceCode)).getJsonNumber("id").longValue();
    }

    /** Creates a user holding one role in one scope; returns its username (password {@link Api#TEST_PASSWORD}). */
    public static String user(String prefix, String role, String scopeType, Long scopeId) {
        return user(prefix, role, scopeType, scopeId, null);
    }

    /**
     * As {@link #user(String, String, String, Long)}, for an account that belongs to a province
     * (its administrators manage it); {@code homeProvinceId} null: a national account.
     */
    public static String user(String prefix, String role, String scopeType, Long scopeId, Long homeProvinceId) {
        String username = prefix + "." + Api.unique();
        Api.Answer created = Api.admin().post("/api/users", Api.json("username", username,
                "displayName", "کاربر آزمون " + prefix, "password", Api.TEST_PASSWORD, "homeProvinceId", homeProvinceId));
        assertEquals(201, created.status(), created::toString);
        Api.Answer granted = Api.admin().post("/api/users/" + username + "/grants",
                Api.json("role", role, "scopeType", scopeType, "scopeId", scopeId, "reason", "test fixture",
                        "agency", "AGENCY_REPORTER".equals(role) ? "GAS" : null));
        assertEquals(201, granted.status(), granted::toString);
        return username;
    }

    public static Api login(String username) {
        return Api.as(username, Api.TEST_PASSWORD);
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A fresh, valid Iranian national code (random digits with the right check digit). */
    public static String nationalCode() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                digits.append(RANDOM.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int r = sum % 11;
            String code = digits.toString() + (r < 2 ? r : 11 - r);
            if (!code.chars().allMatch(c -> c == code.charAt(0))) {
                return code;
            }
        }
    }

    /** A new application with every document checked and a fresh national code (see {@link Bodies.Application}). */
    public static Bodies.Application application(long countyId, String officeType, String firstName) {
        return new Bodies.Application(new Bodies.Person(nationalCode(), firstName, "آزمون", "09121234567", "BACHELOR"),
                countyId, officeType, "مرکز شهرستان", Bodies.ALL_DOCUMENTS);
    }

    /** The office part of an issuance, with a fresh receipt reference. */
    public static Bodies.Office office(String name) {
        return new Bodies.Office(name, "خیابان اصلی، پلاک ۱۲", "R-" + Api.unique() + Api.unique());
    }

    /** An application and its licence in one step (POST /api/licenses/direct). */
    public static Bodies.DirectLicense directLicense(Bodies.Application application, Bodies.Office office) {
        return new Bodies.DirectLicense(application, office);
    }

    /** The licence of an application that may have one now (POST /api/licenses). */
    public static Bodies.Issuance issuance(long applicationId, Bodies.Office office) {
        return new Bodies.Issuance(applicationId, office);
    }

    /** Sets a county's capacity for an office type, as a province official. */
    public static jakarta.json.JsonObject setCapacity(Api official, long countyId, String officeType, int capacity) {
        Api.Answer a = official.put("/api/counties/" + countyId + "/capacity/" + officeType,
                Api.json("capacity", capacity, "reason", "test fixture"));
        assertEquals(200, a.status(), a::toString);
        return a.json();
    }

    /** The capacity line of one office type in a county. */
    public static jakarta.json.JsonObject capacity(Api reader, long countyId, String officeType) {
        return reader.get("/api/counties/" + countyId + "/capacity").array().stream().map(v -> (JsonObject) v)
                .filter(o -> o.getString("officeType").equals(officeType)).findFirst().orElseThrow();
    }

    /** The id of the invitation last sent for an application, as the API lists them (newest first). */
    public static long invitationOf(long applicationId) {
        Api.Answer invitations = Api.admin().get("/api/applications/" + applicationId + "/invitations");
        assertEquals(200, invitations.status(), invitations::toString);
        if (invitations.array().isEmpty()) {
            throw new AssertionError("No invitation for application " + applicationId);
        }
        return invitations.array().getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A new county in Fars for one test, so its capacity and licences are the test's alone. */
    public static long newFarsCounty(String nameFa, String nameEn) {
        Api.Answer county = Api.admin().post("/api/counties", Api.json("provinceId", provinceId("IR-07"),
                "nameFa", nameFa + " " + Api.unique(), "nameEn", nameEn + " " + Api.unique(), "reason", "test"));
        assertEquals(201, county.status(), county::toString);
        return county.json().getJsonNumber("id").longValue();
    }
}
