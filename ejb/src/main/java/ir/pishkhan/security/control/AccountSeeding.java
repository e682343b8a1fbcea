package ir.pishkhan.security.control;

import ir.pishkhan.shared.identity.SystemCalls;
import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Accounts that must exist before anyone can sign in.
 *
 * <ul>
 *   <li>The first administrator: when no enabled account holds ADMIN and
 *   {@code pishkhan.admin.password} (env {@code PISHKHAN_ADMIN_PASSWORD}) is set, an account
 *   {@code pishkhan.admin.username} (default {@code admin}) is created with a national ADMIN
 *   grant. That is the only way in on a fresh production database.</li>
 *   <li>Demo accounts, one or more per role, only when demo mode is on
 *   ({@code pishkhan.demo=true}); all share the password {@link #DEMO_PASSWORD}.</li>
 * </ul>
 * Both are idempotent and recorded in the audit trail with the actor {@code system}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class AccountSeeding {

    private static final Logger LOG = Logger.getLogger(AccountSeeding.class.getName());

    /** Password of every demo account; demo mode only, never in production. */
    public static final String DEMO_PASSWORD = "pishkhan1404";

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    private record DemoAccount(String username, String displayName, Role role, ScopeType scope,
                               String provinceCode, String countyNameEn) {
    }

    private static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "مدیر سامانه (نمایشی)", Role.ADMIN, ScopeType.NATIONAL, null, null),
            new DemoAccount("auditor", "بازرس کشوری (نمایشی)", Role.AUDITOR, ScopeType.NATIONAL, null, null),
            new DemoAccount("fars.auditor", "بازرس استان فارس", Role.AUDITOR, ScopeType.PROVINCE, "IR-07", null),
            new DemoAccount("fars.official", "مسئول استان فارس", Role.PROVINCE_OFFICIAL, ScopeType.PROVINCE, "IR-07", null),
            new DemoAccount("kavar.clerk", "کارمند پست شهرستان کوار", Role.POST_CLERK, ScopeType.COUNTY, "IR-07", "Kavar"),
            new DemoAccount("shiraz.clerk", "کارمند پست شهرستان شیراز", Role.POST_CLERK, ScopeType.COUNTY, "IR-07", "Shiraz"),
            new DemoAccount("ardabil.clerk", "کارمند پست شهرستان اردبیل", Role.POST_CLERK, ScopeType.COUNTY, "IR-24", "Ardabil"),
            new DemoAccount("kavar.secretary", "دبیر کارگروه کوار", Role.WG_SECRETARY, ScopeType.COUNTY, "IR-07", "Kavar"),
            new DemoAccount("kavar.wg1", "عضو اول کارگروه کوار", Role.WG_MEMBER, ScopeType.COUNTY, "IR-07", "Kavar"),
            new DemoAccount("kavar.wg2", "عضو دوم کارگروه کوار", Role.WG_MEMBER, ScopeType.COUNTY, "IR-07", "Kavar"),
            new DemoAccount("kavar.wg3", "عضو سوم کارگروه کوار", Role.WG_MEMBER, ScopeType.COUNTY, "IR-07", "Kavar"),
            new DemoAccount("gas.reporter", "گزارشگر شرکت گاز استان فارس", Role.AGENCY_REPORTER, ScopeType.PROVINCE, "IR-07", null));

    @PostConstruct
    void seed() {
        Setting.ADMIN_PASSWORD.optionalText().ifPresent(this::ensureAdministrator);
        if (Settings.demoMode()) {
            DEMO_ACCOUNTS.forEach(this::ensureDemoAccount);
            LOG.warning("Demo mode is on: demo accounts exist with a published password. Never use it in production.");
        }
    }

    private void ensureAdministrator(String password) {
        long admins = em.createNamedQuery(UserAccount.COUNT_WITH_ROLE, Long.class).setParameter("role", Role.ADMIN)
                .getSingleResult();
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

    private void ensureDemoAccount(DemoAccount demo) {
        if (exists(demo.username())) {
            return;
        }
        long ref = 0;
        Long provinceId = null;
        Long countyId = null;
        if (demo.provinceCode() != null) {
            Province province = em.createQuery("SELECT p FROM Province p WHERE p.code = :code", Province.class)
                    .setParameter("code", demo.provinceCode()).getSingleResult();
            provinceId = province.getId();
            ref = province.getId();
            if (demo.countyNameEn() != null) {
                County county = em.createQuery(
                                "SELECT c FROM County c WHERE c.province = :p AND c.nameEn = :name", County.class)
                        .setParameter("p", province).setParameter("name", demo.countyNameEn()).getSingleResult();
                countyId = county.getId();
                ref = county.getId();
            }
        }
        UserAccount user = new UserAccount(demo.username(), demo.displayName(), hasher.hash(DEMO_PASSWORD),
                clock.instant());
        user.grant(demo.role(), demo.scope(), ref,
                demo.role() == Role.AGENCY_REPORTER ? ir.pishkhan.office.entity.Agency.GAS : null, SystemCalls.ACTOR, clock.instant());
        em.persist(user);
        em.flush();
        // Not audit.created: the record names the demo grant's scope, not the (national) account's.
        audit.record(SystemCalls.ACTOR, new AuditLog.Change("USER_CREATED", user.auditType(), user.auditId(), provinceId,
                countyId, null, user.snapshot(), "حساب نمایشی (حالت نمایشی)"));
    }

    private boolean exists(String username) {
        return !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultList().isEmpty();
    }
}
