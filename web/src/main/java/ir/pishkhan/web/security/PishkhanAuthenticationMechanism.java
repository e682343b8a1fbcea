package ir.pishkhan.web.security;

import ir.pishkhan.security.control.Logins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * How callers prove who they are, in one place for the whole application:
 * <ul>
 *   <li>REST clients ({@code /api/...}) send HTTP Basic on each request; no session is made.
 *   Without credentials they are anonymous, and the resource's roles decide.</li>
 *   <li>People in the browser sign in on the Persian login page; the session then remembers
 *   the username, and the account's current roles are read on each request, so disabling an
 *   account or revoking a role takes effect at once.</li>
 * </ul>
 * An account that signed in with a one-time password must change it first: in the browser every
 * application page but the change-password page redirects there; over the API the request is
 * marked ({@link #PASSWORD_CHANGE_REQUIRED}) and answered 403 unless it reads or changes the
 * caller's own account ({@code rest.shared.PasswordChangeRequiredFilter}).
 */
@ApplicationScoped
public class PishkhanAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "pishkhan.username";

    /**
     * Request attribute set when an API caller's credentials were refused: the refusal's code,
     * {@value #REFUSED_WRONG} or {@value #REFUSED_LOCKED}.
     */
    public static final String SIGN_IN_REFUSED = "pishkhan.signInRefused";
    public static final String REFUSED_WRONG = "AUTHENTICATION_FAILED";
    public static final String REFUSED_LOCKED = "ACCOUNT_LOCKED";

    /**
     * Request attribute set when the caller signed in with a one-time password they have not
     * changed yet; also the code of the API's refusal.
     */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    /** Where a person with a one-time password changes it; every other application page leads there. */
    public static final String PASSWORD_PAGE = "/app/password.xhtml";

    private static final Logger LOG = Logger.getLogger(PishkhanAuthenticationMechanism.class.getName());
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    Logins logins;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (path(request).startsWith("/api/")) {
            return api(request, context);
        }
        return browser(request, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpMessageContext context) {
        Optional<UsernamePasswordCredential> basic = basicCredential(request.getHeader("Authorization"));
        if (basic.isEmpty()) {
            return context.doNothing();
        }
        Optional<AccountIdentityStore.SignedIn> signedIn = identityStore.verify(basic.get());
        if (signedIn.isPresent()) {
            if (signedIn.get().mustChangePassword()) {
                request.setAttribute(PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
            }
            return context.notifyContainerAboutLogin(signedIn.get().username(), signedIn.get().roles());
        }
        String username = basic.get().getCaller();
        String code = logins.isLocked(username) ? REFUSED_LOCKED : REFUSED_WRONG;
        refused("HTTP Basic", username, request, code);
        // The API answers the refusal itself (SignInRefusedFilter: 401 problem+json). Writing it
        // here and returning SEND_CONTINUE or SEND_FAILURE makes the container send its own
        // error after the answer was committed, logging a stack trace for every failed sign-in.
        request.setAttribute(SIGN_IN_REFUSED, code);
        return context.doNothing();
    }

    private AuthenticationStatus browser(HttpServletRequest request, HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (!(credential instanceof UsernamePasswordCredential up)) {
                return context.doNothing();
            }
            Optional<AccountIdentityStore.SignedIn> signedIn = identityStore.verify(up);
            if (signedIn.isEmpty()) {
                refused("sign-in page", up.getCaller(), request,
                        logins.isLocked(up.getCaller()) ? REFUSED_LOCKED : REFUSED_WRONG);
                // The login page shows the reason; no error page.
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.changeSessionId();
            request.getSession(true).setAttribute(SESSION_USER, signedIn.get().username());
            if (signedIn.get().mustChangePassword()) {
                // The login page sends the person to the change-password page rather than the desk.
                request.setAttribute(PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
            }
            return context.notifyContainerAboutLogin(signedIn.get().username(), signedIn.get().roles());
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<Logins.Outcome> now = logins.stillSignedIn(username);
            if (now.isPresent()) {
                if (now.get().mustChangePassword() && context.isProtected()
                        && !path(request).equals(PASSWORD_PAGE)) {
                    return context.redirect(request.getContextPath() + PASSWORD_PAGE);
                }
                return context.notifyContainerAboutLogin(username, now.get().roles());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * One line per refused sign-in, without a stack trace: enough to see a password spray in
     * the log without flooding it. The username is the caller's text, so it is cut short and
     * stripped of control characters before it is logged.
     */
    private static void refused(String channel, String username, HttpServletRequest request, String code) {
        String who = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        if (who.length() > 64) {
            who = who.substring(0, 64) + "…";
        }
        String shown = who;
        LOG.warning(() -> "Sign-in refused (" + channel + ") for user '" + shown + "' from " + request.getRemoteAddr() + ": "
                + (REFUSED_LOCKED.equals(code) ? "account locked" : "wrong username or password"));
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
