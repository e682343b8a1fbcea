package ir.pishkhan.web.security;

import ir.pishkhan.rest.shared.Problems;
import ir.pishkhan.rest.shared.ServletProblems;
import ir.pishkhan.security.control.Logins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How callers prove who they are, in one place for the whole application:
 * <ul>
 *   <li>REST clients ({@code /api/...}) send HTTP Basic on each request; no session is made.
 *   Without credentials they are anonymous, and the resource's roles decide.</li>
 *   <li>People in the browser sign in on the Persian login page; the session then remembers
 *   the username, and the account's current roles are read on each request, so disabling an
 *   account or revoking a role takes effect at once.</li>
 * </ul>
 */
@ApplicationScoped
public class PishkhanAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "pishkhan.username";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    Logins logins;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, context);
        }
        return browser(request, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        Optional<UsernamePasswordCredential> basic = basicCredential(request.getHeader("Authorization"));
        if (basic.isEmpty()) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStore.validate(basic.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        writeApiFailure(request, response, basic.get().getCaller());
        // SEND_CONTINUE: the answer is written and committed here; SEND_FAILURE would make the
        // container replace it with its own HTML error page.
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus browser(HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (credential == null) {
                return context.doNothing();
            }
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // The login page shows the reason; no error page.
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.changeSessionId();
            request.getSession(true).setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<Set<String>> roles = logins.currentRoles(username);
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(username, roles.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private void writeApiFailure(HttpServletRequest request, HttpServletResponse response, String username) {
        boolean locked = logins.isLocked(username);
        String code = locked ? "ACCOUNT_LOCKED" : "AUTHENTICATION_FAILED";
        String detail = locked ? "Too many failed sign-ins; the account is locked for a while."
                : "Wrong username or password.";
        String detailFa = locked ? "به دلیل تلاش‌های ناموفق پیاپی، حساب برای مدتی قفل شده است."
                : "نام کاربری یا گذرواژه نادرست است.";
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"pishkhan\", charset=\"UTF-8\"");
            ServletProblems.write(response, Problems.problem(
                    HttpServletResponse.SC_UNAUTHORIZED, code, detail, detailFa, request.getRequestURI()));
        } catch (IOException e) {
            // The client went away; nothing to tell it.
        }
    }

    static Optional<UsernamePasswordCredential> basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
