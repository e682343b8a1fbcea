package ir.pishkhan.security.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.Caller;
import ir.pishkhan.security.control.Offices;
import ir.pishkhan.security.control.PasswordHasher;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleGrant;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Administrators' use cases on user accounts: create accounts, grant and revoke roles within
 * scopes, reset passwords, disable and enable. Plus what every signed-in user may do to their
 * own account.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Users {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Offices offices;

    @Inject
    Clock clock;

    public UserAccount create(String username, String displayName, String password) {
        access.requireNational(Role.ADMIN);
        String name = UserAccount.normalizeUsername(username);
        if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw BusinessException.conflict("USERNAME_TAKEN", "نام کاربری «" + name + "» پیش‌تر ثبت شده است.",
                    "Username " + name + " is already taken.");
        }
        UserAccount user = new UserAccount(name, displayName, hasher.hash(password), clock.instant());
        em.persist(user);
        return audit.created("USER_CREATED", user, null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UserAccount> list(int offset, int limit) {
        access.requireNational(Role.ADMIN);
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), 500)).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public UserAccount get(String username) {
        access.requireNational(Role.ADMIN);
        return find(username);
    }

    /**
     * Grants a role within a scope. The scope must exist and fit the role: a clerk is granted a
     * county, a province official a province, an administrator the whole country.
     */
    public RoleGrant grant(String username, Role role, ScopeType scopeType, Long scopeId, String reason) {
        return grant(username, role, scopeType, scopeId, null, reason);
    }

    /** Grants a role within a scope; an agency reporter's grant names its agency. */
    public RoleGrant grant(String username, Role role, ScopeType scopeType, Long scopeId,
                           ir.pishkhan.office.entity.Agency agency, String reason) {
        access.requireNational(Role.ADMIN);
        UserAccount user = find(username);
        Map<String, Object> before = user.snapshot();
        Long provinceId = null;
        Long countyId = null;
        long ref = 0;
        switch (scopeType) {
            case NATIONAL -> ref = 0;
            case PROVINCE -> {
                Province p = em.find(Province.class, requireScopeId(scopeId));
                if (p == null) {
                    throw scopeMissing();
                }
                ref = p.getId();
                provinceId = p.getId();
            }
            case COUNTY -> {
                County c = em.find(County.class, requireScopeId(scopeId));
                if (c == null) {
                    throw scopeMissing();
                }
                ref = c.getId();
                provinceId = c.getProvince().getId();
                countyId = c.getId();
            }
            case OFFICE -> {
                Offices.Location office = offices.locate(requireScopeId(scopeId)).orElseThrow(Users::scopeMissing);
                ref = scopeId;
                countyId = office.countyId();
                provinceId = office.provinceId();
            }
        }
        RoleGrant grant = user.grant(role, scopeType, ref, agency, access.actor(), clock.instant());
        em.flush();
        // Not audit.change: the record names the grant's scope, not the (national) account's.
        audit.record(new AuditLog.Change("ROLE_GRANTED", user.auditType(), user.auditId(), provinceId, countyId,
                before, user.snapshot(), reason));
        return grant;
    }

    public void revoke(String username, long grantId, String reason) {
        access.requireNational(Role.ADMIN);
        String actor = access.actor();
        audit.change("ROLE_REVOKED", find(username), reason, user -> {
            RoleGrant removed = user.revoke(grantId);
            if (removed.getRole() == Role.ADMIN && user.getUsername().equals(actor)) {
                throw BusinessException.rule("SELF_ADMIN_REVOKE", "مدیر نمی‌تواند نقش مدیریت را از خودش بگیرد.",
                        "An administrator cannot revoke their own ADMIN role.");
            }
        });
    }

    public void resetPassword(String username, String newPassword, String reason) {
        access.requireNational(Role.ADMIN);
        UserAccount user = find(username);
        user.changePassword(hasher.hash(newPassword));
        audit.noted("PASSWORD_RESET", user, reason);
    }

    public UserAccount setEnabled(String username, boolean enabled, String reason) {
        Caller caller = access.requireNational(Role.ADMIN);
        UserAccount user = find(username);
        if (!enabled && user.getUsername().equals(caller.username())) {
            throw BusinessException.rule("SELF_DISABLE", "مدیر نمی‌تواند حساب خودش را غیرفعال کند.",
                    "An administrator cannot disable their own account.");
        }
        return audit.change(enabled ? "USER_ENABLED" : "USER_DISABLED", user, reason,
                enabled ? UserAccount::enable : UserAccount::disable);
    }

    /**
     * Where notifications reach this person (e-mail, mobile): supervisors get escalations of
     * missed deadlines there, otherwise in their inbox in the application.
     */
    public UserAccount setContact(String username, String email, String mobile) {
        access.requireNational(Role.ADMIN);
        UserAccount user = find(username);
        Map<String, Object> before = contact(user);
        user.setContact(email, mobile);
        audit.record(new AuditLog.Change("USER_CONTACT_CHANGED", user.auditType(), user.auditId(), null, null, before,
                contact(user), null));
        return user;
    }

    private static Map<String, Object> contact(UserAccount u) {
        Map<String, Object> m = new java.util.TreeMap<>();
        m.put("email", u.getEmail() == null ? "" : u.getEmail());
        m.put("mobile", u.getMobile() == null ? "" : u.getMobile());
        return m;
    }

    /** The signed-in user's own account, with their grants. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public UserAccount me() {
        Caller caller = access.caller();
        if (caller.isAnonymous()) {
            throw new BusinessException(ir.pishkhan.shared.error.ErrorKind.UNAUTHENTICATED, "NOT_SIGNED_IN",
                    "ابتدا وارد سامانه شوید.", "Sign in first.");
        }
        return find(caller.username());
    }

    /** Changes the signed-in user's own password; the current one must be given. */
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = me();
        if (!hasher.matches(currentPassword, user.getPasswordHash())) {
            throw BusinessException.rule("PASSWORD_MISMATCH", "گذرواژهٔ فعلی درست نیست.",
                    "The current password is wrong.");
        }
        user.changePassword(hasher.hash(newPassword));
        audit.noted("PASSWORD_CHANGED", user, null);
    }

    private UserAccount find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username)).getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("USER_NOT_FOUND", "کاربر یافت نشد.", "User not found."));
    }

    private static long requireScopeId(Long scopeId) {
        if (scopeId == null) {
            throw BusinessException.invalid("SCOPE_REQUIRED", "محدودهٔ نقش (استان یا شهرستان) را مشخص کنید.",
                    "Give the scope's province or county id.");
        }
        return scopeId;
    }

    private static BusinessException scopeMissing() {
        return BusinessException.notFound("SCOPE_NOT_FOUND", "استان یا شهرستان انتخاب‌شده یافت نشد.",
                "The province or county of the scope was not found.");
    }
}
