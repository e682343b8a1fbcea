package ir.pishkhan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Repeated failed sign-ins lock the account, so passwords cannot be guessed at speed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleIT {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String user = Fixtures.user("throttled", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
        assertEquals(200, Fixtures.login(user).get("/api/me").status());
        for (int i = 1; i <= 4; i++) {
            Api.Answer wrong = Api.as(user, "Wrong-Pass-" + i).get("/api/me");
            ProblemJsonIT.assertProblem(wrong, 401, "AUTHENTICATION_FAILED");
        }
        ProblemJsonIT.assertProblem(Api.as(user, "Wrong-Pass-5").get("/api/me"), 401, "ACCOUNT_LOCKED");
        ProblemJsonIT.assertProblem(Fixtures.login(user).get("/api/me"), 401, "ACCOUNT_LOCKED");
        // The lock is audited.
        var audit = Api.as("auditor", Api.DEMO_PASSWORD).get("/api/audit?action=USER_LOCKED&objectId=" + user).json();
        assertEquals(1, audit.getInt("total"));
    }
}
