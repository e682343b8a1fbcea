package ir.pishkhan.web.security;

import ir.pishkhan.security.control.Logins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Jakarta Security identity store over the application's own accounts: checks the bcrypt
 * password and the sign-in throttle through {@link Logins}, and hands the account's role names
 * to the container as groups, which become the roles {@code @RolesAllowed} sees.
 *
 * <p>The authentication mechanism asks {@link #verify} directly, because it also needs to know
 * whether the account signed in with a one-time password, which a
 * {@link CredentialValidationResult} cannot carry.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Logins logins;

    @Inject
    CredentialCache cache;

    /** A verified sign-in: who, with which roles, and whether the one-time password must be changed first. */
    public record SignedIn(String username, Set<String> roles, boolean mustChangePassword) {
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return verify(up).map(s -> new CredentialValidationResult(s.username(), s.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** Checks a username and password (a bcrypt check at most once a minute per account); empty if refused. */
    public Optional<SignedIn> verify(UsernamePasswordCredential up) {
        String username = up.getCaller();
        String password = up.getPasswordAsString();
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        CredentialCache.Verified cached = cache.ifRecentlyVerified(username, password);
        if (cached != null) {
            return Optional.of(new SignedIn(name, cached.roles(), cached.mustChangePassword()));
        }
        Logins.Outcome outcome = logins.attempt(username, password);
        if (outcome.status() != Logins.Outcome.Status.VALID) {
            cache.forget(username);
            return Optional.empty();
        }
        cache.remember(username, password, outcome.roles(), outcome.mustChangePassword());
        return Optional.of(new SignedIn(name, outcome.roles(), outcome.mustChangePassword()));
    }
}
