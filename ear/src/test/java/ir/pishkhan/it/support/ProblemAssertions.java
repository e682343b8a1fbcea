package ir.pishkhan.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** What every refusal looks like to an API client: application/problem+json with a code and Persian texts. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** The answer is a problem with this status and code, Persian title and detail, and no exception text. */
    public static void assertProblem(Api.Answer a, int status, String code) {
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
