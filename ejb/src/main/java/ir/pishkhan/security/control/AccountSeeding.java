package ir.pishkhan.security.control;

import ir.pishkhan.shared.identity.SystemCalls;
import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.config.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Accounts that must exist before anyone can sign in.
 *
 * <ul>
 *   <li>The first administrator: when no enabled account holds a national ADMIN grant and
 *   {@code pishkhan.admin.password} (env {@code PISHKHAN_ADMIN_PASSWORD}) is set, an account
 *   {@code pishkhan.admin.username} (default {@code admin}) is created with a national ADMIN
 *   grant. That is the only way in on a fresh production database.</li>
 * </ul>
 * Idempotent and recorded in the audit trail with the actor {@code system}. The demo accounts
 * of the README are not made here: the test and demo overlay adds them ({@code demo.control.DemoAccounts}),
 * and the production EAR does not contain it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class AccountSeeding {

    private static final Logger LOG = Logger.getLogger(AccountSeeding.class.getName());

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        Setting.ADMIN_PASSWORD.optionalText().ifPresent(this::ensureAdministrator);
    }

    private void ensureAdministrator(String password) {
        // Province administrators cannot stand in for the first national one.
        long admins = em.createNamedQuery(UserAccount.COUNT_WITH_ROLE, Long.class).setParameter("role", Role.ADMIN)
                .setParameter("scope", ScopeType.NATIONAL).getSingleResult();
        String username = Setting.ADMIN_USERNAME.text();
        if (admins > 0 || exists(username)) {
            return;
        }
        UserAccount admin = new UserAccount(username, "مدیر سامانه", hasher.hash(password), clock.instant());
        admin.grant(Role.ADMIN, ScopeType.NATIONAL, 0, SystemCalls.ACTOR, clock.instant());
        em.persist(admin);
        audit.created(SystemCalls.ACTOR, "USER_CREATED", admin, "نخستین مدیر سامانه، ساخته‌شده هنگام راه‌اندازی");
        LOG.info(() -> "Created the first administrator account '" + username + "'.");
    }

    private boolean exists(String username) {
        return !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultList().isEmpty();
    }
}
