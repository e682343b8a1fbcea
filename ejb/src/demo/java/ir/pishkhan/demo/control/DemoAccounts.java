package ir.pishkhan.demo.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.security.control.PasswordHasher;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
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
 * The demo accounts of the README, one or more per role, all with the published password
 * {@link #PASSWORD}. Part of the test and demo overlay only: the production EAR does not
 * contain this class, so no setting can create these accounts there. Idempotent; each account
 * is recorded in the audit trail with the actor {@code system}. Runs after the schema and the
 * first administrator ({@code AccountSeeding}).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "AccountSeeding"})
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    /** Password of every demo account (README, "Demo logins"). */
    public static final String PASSWORD = "pishkhan1404";

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

    private static final List<DemoAccount> ACCOUNTS = List.of(
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
        ACCOUNTS.forEach(this::ensure);
        LOG.warning("Test and demo overlay: demo accounts exist with the published password " + PASSWORD
                + " (sign in as kavar.clerk, admin, auditor, ...). This is not the production EAR.");
    }

    private void ensure(DemoAccount demo) {
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
        UserAccount user = new UserAccount(demo.username(), demo.displayName(), hasher.hash(PASSWORD), clock.instant());
        user.grant(demo.role(), demo.scope(), ref, demo.role() == Role.AGENCY_REPORTER ? Agency.GAS : null, "system",
                clock.instant());
        em.persist(user);
        em.flush();
        audit.record("system", new AuditLog.Change("USER_CREATED", "UserAccount", user.getUsername(), provinceId,
                countyId, null, user.snapshot(), "حساب نمایشی (حالت نمایشی)"));
    }

    private boolean exists(String username) {
        return !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultList().isEmpty();
    }
}
