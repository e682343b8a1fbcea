package ir.pishkhan.web.security;

import ir.pishkhan.security.control.Logins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The Jakarta Security identity store over the application's own accounts: checks the bcrypt
 * password and the sign-in throttle through {@link Logins}, and hands the account's role names
 * to the container as groups, which become the roles {@code @RolesAllowed} sees.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Logins logins;

    @Inject
    CredentialCache cache;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = up.getCaller();
        String password = up.getPasswordAsString();
        Set<String> cached = cache.rolesIfRecentlyVerified(username, password);
        if (cached != null) {
            return new CredentialValidationResult(username.trim().toLowerCase(java.util.Locale.ROOT), cached);
        }
        Logins.Outcome outcome = logins.attempt(username, password);
        if (outcome.status() != Logins.Outcome.Status.VALID) {
            cache.forget(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        cache.remember(username, password, outcome.roles());
        return new CredentialValidationResult(username.trim().toLowerCase(java.util.Locale.ROOT), outcome.roles());
    }
}
