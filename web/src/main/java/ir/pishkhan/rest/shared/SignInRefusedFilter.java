package ir.pishkhan.rest.shared;

import ir.pishkhan.web.security.PishkhanAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * An API request whose HTTP Basic credentials were refused gets a 401 problem (wrong username
 * or password, or the account locked by the sign-in throttle) before anything else runs, even
 * on a public endpoint: a caller who sends credentials learns that they are wrong.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SignInRefusedFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Object code = request.getAttribute(PishkhanAuthenticationMechanism.SIGN_IN_REFUSED);
        if (code == null) {
            return;
        }
        boolean locked = PishkhanAuthenticationMechanism.REFUSED_LOCKED.equals(code);
        context.abortWith(Response.fromResponse(Problems.of(401, (String) code,
                        locked ? "Too many failed sign-ins; the account is locked for a while." : "Wrong username or password.",
                        locked ? "به دلیل تلاش‌های ناموفق پیاپی، حساب برای مدتی قفل شده است." : "نام کاربری یا گذرواژه نادرست است.",
                        request.getRequestURI()))
                .header("WWW-Authenticate", "Basic realm=\"pishkhan\", charset=\"UTF-8\"").build());
    }
}
