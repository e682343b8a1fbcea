package ir.pishkhan.security.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.PlaceRefusals;
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
import java.util.Set;

/**
 * Administrators' use cases on user accounts: create accounts, grant and revoke roles within
 * scopes, reset passwords, disable and enable. Plus what every signed-in user may do to their
 * own account.
 *
 * <p>A national administrator manages every account. A province administrator (ADMIN granted for
 * a province) manages the accounts whose home province is theirs: creates them there, grants them
 * roles whose scope lies inside the province (the province, its counties, its offices) — never
 * ADMIN and never a national scope — and resets, disables, enables, revokes and sets contacts only
 * on accounts whose every grant lies inside the province and none of which is ADMIN (so an account
 * that can act elsewhere is never theirs to take over). Outside that the answer is
 * {@code ACCESS_DENIED}, whether or not the account exists.
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
        return create(username, displayName, password, null, false);
    }

    /**
     * Creates an account. A national administrator may place it in a home province
     * ({@code homeProvinceId}; null: a national account). A province administrator's accounts
     * always belong to their province ({@code homeProvinceId} may be left out when they administer
     * one). With {@code oneTimePassword} the password must be changed at the first sign-in.
     */
    public UserAccount create(String username, String displayName, String password, Long homeProvinceId,
                              boolean oneTimePassword) {
        Administrator admin = administrator();
        Province home = admin.national() ? (homeProvinceId == null ? null : province(homeProvinceId))
                : province(admin.provinceFor(homeProvinceId));
        String name = UserAccount.normalizeUsername(username);
        if (!em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw BusinessException.conflict("USERNAME_TAKEN", "نام کاربری «" + name + "» پیش‌تر ثبت شده است.",
                    "Username " + name + " is already taken.");
        }
        String hash = hasher.hash(password);
        UserAccount user = new UserAccount(name, displayName, hash, clock.instant());
        if (oneTimePassword) {
            user.setOneTimePassword(hash);
        }
        user.belongTo(home);
        em.persist(user);
        return audit.created("USER_CREATED", user, null);
    }

    /** The accounts the caller administers: all for a national administrator, their province's for a province one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<UserAccount> list(int offset, int limit) {
        Administrator admin = administrator();
        var query = admin.national() ? em.createNamedQuery(UserAccount.ALL, UserAccount.class)
                : em.createNamedQuery(UserAccount.OF_PROVINCES, UserAccount.class)
                        .setParameter("provinces", admin.provinces());
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), 500))
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public UserAccount get(String username) {
        return visible(administrator(), username);
    }

    /**
     * Grants a role within a scope. The scope must exist and fit the role: a clerk is granted a
     * county, a province official a province, an administrator the whole country or a province.
     */
    public RoleGrant grant(String username, Role role, ScopeType scopeType, Long scopeId, String reason) {
        return grant(username, role, scopeType, scopeId, null, reason);
    }

    /** Grants a role within a scope; an agency reporter's grant names its agency. */
    public RoleGrant grant(String username, Role role, ScopeType scopeType, Long scopeId,
                           ir.pishkhan.office.entity.Agency agency, String reason) {
        Administrator admin = administrator();
        if (!admin.national() && (role == Role.ADMIN || scopeType == ScopeType.NATIONAL)) {
            // Only a national administrator makes administrators or grants the whole country.
            throw BusinessException.forbidden();
        }
        UserAccount user = managed(admin, username);
        Map<String, Object> before = user.snapshot();
        Place place = scopeOf(admin, scopeType, scopeId);
        RoleGrant grant = user.grant(role, scopeType, place.ref(), agency, access.actor(), clock.instant());
        em.flush();
        // Not audit.change: the record names the grant's scope, not the account's.
        audit.record(new AuditLog.Change("ROLE_GRANTED", user.auditType(), user.auditId(), place.provinceId(),
                place.countyId(), before, user.snapshot(), reason));
        return grant;
    }

    public void revoke(String username, long grantId, String reason) {
        Administrator admin = administrator();
        UserAccount user = managed(admin, username);
        Map<String, Object> before = user.snapshot();
        RoleGrant removed = user.revoke(grantId);
        if (removed.getRole() == Role.ADMIN && user.getUsername().equals(admin.caller().username())) {
            throw BusinessException.rule("SELF_ADMIN_REVOKE", "مدیر نمی‌تواند نقش مدیریت را از خودش بگیرد.",
                    "An administrator cannot revoke their own ADMIN role.");
        }
        Place place = placeOf(removed);
        em.flush();
        // Like the grant's record, the revocation's names the grant's scope.
        audit.record(new AuditLog.Change("ROLE_REVOKED", user.auditType(), user.auditId(), place.provinceId(),
                place.countyId(), before, user.snapshot(), reason));
    }

    public void resetPassword(String username, String newPassword, String reason) {
        resetPassword(username, newPassword, false, reason);
    }

    /**
     * Sets a new password for someone who lost theirs. With {@code oneTimePassword} it is a
     * one-time password: the person must change it at the next sign-in.
     */
    public void resetPassword(String username, String newPassword, boolean oneTimePassword, String reason) {
        UserAccount user = managed(administrator(), username);
        String hash = hasher.hash(newPassword);
        if (oneTimePassword) {
            user.setOneTimePassword(hash);
            audit.record(new AuditLog.Change("PASSWORD_RESET", user.auditType(), user.auditId(),
                    user.auditProvinceId(), null, null, Map.of("mustChangePassword", true), reason));
        } else {
            user.changePassword(hash);
            audit.noted("PASSWORD_RESET", user, reason);
        }
    }

    public UserAccount setEnabled(String username, boolean enabled, String reason) {
        Administrator admin = administrator();
        UserAccount user = managed(admin, username);
        if (!enabled && user.getUsername().equals(admin.caller().username())) {
            throw BusinessException.rule("SELF_DISABLE", "مدیر نمی‌تواند حساب خودش را غیرفعال کند.",
                    "An administrator cannot disable their own account.");
        }
        return audit.change(enabled ? "USER_ENABLED" : "USER_DISABLED", user, reason,
                enabled ? UserAccount::enable : UserAccount::disable);
    }

    /**
     * Moves an account to a home province (null: national), so that province's administrators
     * manage it. National administrators only.
     */
    public UserAccount setHomeProvince(String username, Long provinceId, String reason) {
        access.requireNational(Role.ADMIN);
        UserAccount user = find(username);
        Province home = provinceId == null ? null : province(provinceId);
        Long before = user.auditProvinceId();
        user.belongTo(home);
        em.flush();
        // Filed under the new province, so its auditors see the account arrive.
        audit.record(new AuditLog.Change("USER_HOME_PROVINCE_CHANGED", user.auditType(), user.auditId(),
                home == null ? before : home.getId(), null, homeOf(before), homeOf(home == null ? null : home.getId()),
                reason));
        return user;
    }

    private static Map<String, Object> homeOf(Long provinceId) {
        Map<String, Object> m = new java.util.TreeMap<>();
        m.put("homeProvinceId", provinceId == null ? "" : provinceId);
        return m;
    }

    /**
     * Where notifications reach this person (e-mail, mobile): supervisors get escalations of
     * missed deadlines there, otherwise in their inbox in the application.
     */
    public UserAccount setContact(String username, String email, String mobile) {
        UserAccount user = managed(administrator(), username);
        Map<String, Object> before = contact(user);
        user.setContact(email, mobile);
        audit.record(new AuditLog.Change("USER_CONTACT_CHANGED", user.auditType(), user.auditId(),
                user.auditProvinceId(), null, before, contact(user), null));
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

    /**
     * Changes the signed-in user's own password; the current one must be given, and the new one
     * must differ from it. This is also how a one-time password is replaced.
     */
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = me();
        if (!hasher.matches(currentPassword, user.getPasswordHash())) {
            throw BusinessException.rule("PASSWORD_MISMATCH", "گذرواژهٔ فعلی درست نیست.",
                    "The current password is wrong.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw BusinessException.rule("PASSWORD_UNCHANGED", "گذرواژهٔ تازه باید با گذرواژهٔ فعلی فرق داشته باشد.",
                    "The new password must differ from the current one.");
        }
        user.changePassword(hasher.hash(newPassword));
        audit.noted("PASSWORD_CHANGED", user, null);
    }

    /** The administrator calling: national, or of some provinces. */
    private record Administrator(Caller caller, boolean national, Set<Long> provinces) {

        boolean administers(Long provinceId) {
            return national || (provinceId != null && provinces.contains(provinceId));
        }

        /** The home province of a province administrator's new account. */
        long provinceFor(Long asked) {
            if (asked == null) {
                if (provinces.size() != 1) {
                    throw BusinessException.invalid("HOME_PROVINCE_REQUIRED", "استان حساب را مشخص کنید.",
                            "Give the account's home province.");
                }
                return provinces.iterator().next();
            }
            if (!provinces.contains(asked)) {
                throw BusinessException.forbidden();
            }
            return asked;
        }
    }

    private Administrator administrator() {
        Caller caller = access.caller();
        boolean national = caller.isNational(Role.ADMIN);
        Set<Long> provinces = caller.provinceGrants(Role.ADMIN);
        if (!national && provinces.isEmpty()) {
            throw BusinessException.forbidden();
        }
        return new Administrator(caller, national, provinces);
    }

    /**
     * An account the administrator may see: any for a national one, those of their province for a
     * province one. A missing account is "not found" only for a national administrator.
     */
    private UserAccount visible(Administrator admin, String username) {
        UserAccount user = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username)).getResultStream().findFirst()
                .orElse(null);
        if (user == null) {
            throw admin.national() ? userNotFound() : BusinessException.forbidden();
        }
        if (!admin.administers(user.getHomeProvince() == null ? null : user.getHomeProvince().getId())) {
            throw BusinessException.forbidden();
        }
        return user;
    }

    /**
     * An account the administrator may change: for a province administrator, one of their
     * province whose every grant lies inside it and none of which is ADMIN.
     */
    private UserAccount managed(Administrator admin, String username) {
        UserAccount user = visible(admin, username);
        if (!admin.national()) {
            for (RoleGrant g : user.getGrants()) {
                if (g.getRole() == Role.ADMIN || !admin.administers(placeOf(g).provinceId())) {
                    throw BusinessException.forbidden();
                }
            }
        }
        return user;
    }

    /** Where a grant reaches: its scope reference and the province and county records are filed under. */
    private record Place(long ref, Long provinceId, Long countyId) {
    }

    /** The scope of a new grant; it must exist, and for a province administrator lie inside their province. */
    private Place scopeOf(Administrator admin, ScopeType scopeType, Long scopeId) {
        Place place = switch (scopeType) {
            case NATIONAL -> new Place(0, null, null);
            case PROVINCE -> {
                Province p = em.find(Province.class, requireScopeId(scopeId));
                yield p == null ? null : new Place(p.getId(), p.getId(), null);
            }
            case COUNTY -> {
                County c = em.find(County.class, requireScopeId(scopeId));
                yield c == null ? null : new Place(c.getId(), c.getProvince().getId(), c.getId());
            }
            case OFFICE -> {
                long id = requireScopeId(scopeId);
                yield offices.locate(id).map(o -> new Place(id, o.provinceId(), o.countyId())).orElse(null);
            }
        };
        if (place == null) {
            // As with every scope check: what does not exist is "not found" only to a national caller.
            throw admin.national() ? scopeMissing() : BusinessException.forbidden();
        }
        if (!admin.national() && !admin.administers(place.provinceId())) {
            throw BusinessException.forbidden();
        }
        return place;
    }

    /** Where a held grant reaches. */
    private Place placeOf(RoleGrant g) {
        return switch (g.getScopeType()) {
            case NATIONAL -> new Place(0, null, null);
            case PROVINCE -> new Place(g.getScopeRef(), g.getScopeRef(), null);
            case COUNTY -> {
                County c = em.find(County.class, g.getScopeRef());
                yield c == null ? new Place(g.getScopeRef(), null, null)
                        : new Place(c.getId(), c.getProvince().getId(), c.getId());
            }
            case OFFICE -> offices.locate(g.getScopeRef())
                    .map(o -> new Place(g.getScopeRef(), o.provinceId(), o.countyId()))
                    .orElse(new Place(g.getScopeRef(), null, null));
        };
    }

    private Province province(long provinceId) {
        Province p = em.find(Province.class, provinceId);
        if (p == null) {
            throw PlaceRefusals.provinceNotFound();
        }
        return p;
    }

    private static BusinessException userNotFound() {
        return BusinessException.notFound("USER_NOT_FOUND", "کاربر یافت نشد.", "User not found.");
    }

    private UserAccount find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username)).getResultStream().findFirst()
                .orElseThrow(Users::userNotFound);
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
