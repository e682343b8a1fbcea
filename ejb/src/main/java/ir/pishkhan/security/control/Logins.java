package ir.pishkhan.security.control;

import ir.pishkhan.shared.identity.SystemCalls;
import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.security.entity.RoleGrant;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.shared.config.Setting;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a sign-in and keeps the throttle: after {@code pishkhan.login.max-failures}
 * (default 5) failures in a row the account is locked for {@code pishkhan.login.lock-minutes}
 * (default 15). Each attempt commits on its own, so a failure counts even though the caller's
 * request then ends in an error.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Logins {

    private final int maxFailures = Setting.LOGIN_MAX_FAILURES.integer();
    private final Duration lockFor = Duration.ofMinutes(Setting.LOGIN_LOCK_MINUTES.integer());

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Why a sign-in failed, or the role names it grants. {@code mustChangePassword}: the account
     * signed in with a one-time password, which it must change before doing anything else.
     */
    public record Outcome(Status status, Set<String> roles, Instant lockedUntil, boolean mustChangePassword)
            implements java.io.Serializable {
        public enum Status { VALID, INVALID, LOCKED, DISABLED }

        static Outcome of(Status status) {
            return new Outcome(status, Set.of(), null, false);
        }

        static Outcome locked(Instant until) {
            return new Outcome(Status.LOCKED, Set.of(), until, false);
        }

        static Outcome valid(UserAccount user) {
            return new Outcome(Status.VALID, rolesOf(user), null, user.isMustChangePassword());
        }
    }

    public Outcome attempt(String username, String password) {
        String name = UserAccount.normalizeUsername(username);
        List<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            hasher.burnOneCheck(password);
            return Outcome.of(Outcome.Status.INVALID);
        }
        UserAccount user = found.get(0);
        Instant now = clock.instant();
        if (!user.isEnabled()) {
            hasher.burnOneCheck(password);
            return Outcome.of(Outcome.Status.DISABLED);
        }
        if (user.isLocked(now)) {
            hasher.burnOneCheck(password);
            return Outcome.locked(user.getLockedUntil());
        }
        if (!hasher.matches(password, user.getPasswordHash())) {
            if (user.recordFailedLogin(now, maxFailures, lockFor)) {
                audit.record(SystemCalls.ACTOR, new AuditLog.Change("USER_LOCKED", user.auditType(), user.auditId(),
                        null, null, null, java.util.Map.of("lockedUntil", user.getLockedUntil().toString()),
                        PersianNumbers.quantity(maxFailures) + " بار ورود ناموفق پیاپی"));
                return Outcome.locked(user.getLockedUntil());
            }
            return Outcome.of(Outcome.Status.INVALID);
        }
        user.recordSuccessfulLogin(now);
        return Outcome.valid(user);
    }

    /**
     * A web session's later requests: the account's roles now, and whether it must still change
     * its one-time password ({@link Outcome.Status#VALID}); empty once it was disabled or locked:
     * then the session ends.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Outcome> stillSignedIn(String username) {
        List<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username)).getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled() || found.get(0).isLocked(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(Outcome.valid(found.get(0)));
    }

    /** Whether the account is locked by the sign-in throttle now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isLocked(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username)).getResultStream()
                .anyMatch(u -> u.isLocked(clock.instant()));
    }

    private static Set<String> rolesOf(UserAccount user) {
        Set<String> roles = new TreeSet<>();
        for (RoleGrant g : user.getGrants()) {
            roles.add(g.getRole().name());
        }
        return roles;
    }
}
