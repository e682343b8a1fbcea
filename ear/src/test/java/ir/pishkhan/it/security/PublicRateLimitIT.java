package ir.pishkhan.it.security;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.FreshDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Public verification is rate-limited per client: a flood gets 429, never a stack trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@FreshDeployment
class PublicRateLimitIT {

    @Test
    void aFloodFromOneClientIsThrottled() {
        int ok = 0;
        int limited = 0;
        Api.Answer last = null;
        for (int i = 0; i < 150; i++) {
            last = Api.anonymous().get("/api/public/licenses/0723-G-00017-0");
            if (last.status() == 429) {
                limited++;
            } else {
                assertEquals(404, last.status(), last::toString);
                ok++;
            }
        }
        assertTrue(ok >= 10 && ok <= 130, "answered before the limit: " + ok);
        assertTrue(limited >= 20, "throttled: " + limited);
        assertProblem(last, 429, "RATE_LIMITED");
    }
}
