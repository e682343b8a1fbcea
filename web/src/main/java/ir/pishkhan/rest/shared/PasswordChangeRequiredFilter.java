package ir.pishkhan.rest.shared;

import ir.pishkhan.web.security.PishkhanAuthenticationMechanism;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * An account that signed in with a one-time password may only read its own account
 * ({@code GET /api/me}) and change its password ({@code PUT /api/me/password}) until it has done
 * so; every other call, public ones included, is refused 403 {@code PASSWORD_CHANGE_REQUIRED}
 * before it runs.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
public class PasswordChangeRequiredFilter implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(PishkhanAuthenticationMechanism.PASSWORD_CHANGE_REQUIRED) == null
                || stillOpen(context.getMethod(), context.getUriInfo().getPath())) {
            return;
        }
        context.abortWith(Problems.of(403, PishkhanAuthenticationMechanism.PASSWORD_CHANGE_REQUIRED,
                "This account signed in with a one-time password: change it first (PUT /api/me/password).",
                "با گذرواژهٔ یک‌بارمصرف وارد شده‌اید: پیش از هر کار دیگری گذرواژهٔ خود را تغییر دهید.",
                request.getRequestURI()));
    }

    /** The calls still open: reading one's own account and changing one's own password. */
    static boolean stillOpen(String method, String path) {
        String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return ("GET".equals(method) && p.equals("me")) || ("PUT".equals(method) && p.equals("me/password"));
    }
}
