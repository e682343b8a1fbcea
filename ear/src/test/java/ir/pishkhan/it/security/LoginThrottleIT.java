package ir.pishkhan.it.security;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.ServerLog;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Repeated failed sign-ins lock the account, so passwords cannot be guessed at speed; each
 * failed sign-in is one warning in the log, never a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

    /** The level of a log line: WARN (JBoss Logging) or WARNING (java.util.logging). */
    static final java.util.regex.Pattern WARNING = java.util.regex.Pattern.compile(" WARN(ING)? ");

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String user = Fixtures.user("throttled", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        assertEquals(200, Fixtures.login(user).get("/api/me").status());
        for (int i = 1; i <= 4; i++) {
            Api.Answer wrong = Api.as(user, "Wrong-Pass-" + i).get("/api/me");
            assertProblem(wrong, 401, "AUTHENTICATION_FAILED");
        }
        assertProblem(Api.as(user, "Wrong-Pass-5").get("/api/me"), 401, "ACCOUNT_LOCKED");
        assertProblem(Fixtures.login(user).get("/api/me"), 401, "ACCOUNT_LOCKED");
        // The lock is audited.
        var audit = Api.as("auditor", Api.DEMO_PASSWORD).get("/api/audit?action=USER_LOCKED&objectId=" + user).json();
        assertEquals(1, audit.getInt("total"));
    }

    @Test
    void aFailedBasicSignInIsA401ProblemAndOneWarningLine() throws Exception {
        String user = Fixtures.user("spray", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        String nobody = "nobody." + Api.unique();
        ServerLog log = ServerLog.mark();
        assertProblem(Api.as(user, "Wrong-Pass-1").get("/api/me"), 401, "AUTHENTICATION_FAILED");
        assertProblem(Api.as(nobody, "Wrong-Pass-1").post("/api/users",
                Api.json("username", "x" + Api.unique(), "displayName", "x", "password", "Abcdefg123")), 401, "AUTHENTICATION_FAILED");
        Api.Answer publicEndpoint = Api.as(nobody, "Wrong-Pass-2").get("/api/provinces");
        assertProblem(publicEndpoint, 401, "AUTHENTICATION_FAILED");
        assertTrue(publicEndpoint.body().contains("نام کاربری یا گذرواژه نادرست است"), publicEndpoint::toString);

        String text = log.awaitSince(t -> t.lines().filter(l -> l.contains(nobody)).count() >= 2 && t.contains(user));
        List<String> aboutUser = text.lines().filter(l -> l.contains("'" + user + "'")).toList();
        assertEquals(1, aboutUser.size(), text);
        assertTrue(WARNING.matcher(aboutUser.get(0)).find() && aboutUser.get(0).contains("wrong username or password"),
                aboutUser::toString);
        assertEquals(2, text.lines().filter(l -> l.contains("'" + nobody + "'") && WARNING.matcher(l).find()).count(), text);
        assertFalse(text.contains("UT010019"), text);
        assertFalse(text.lines().anyMatch(l -> l.startsWith("\tat ") || l.contains(" ERROR ") || l.contains(" SEVERE ")), text);
    }
}
