package ir.pishkhan.web.security;

import ir.pishkhan.place.boundary.Places;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.security.boundary.Users;
import ir.pishkhan.security.control.OneTimePasswords;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleGrant;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Administrators' page for accounts: create (optionally with a one-time password, shown once),
 * grant a role within a scope, revoke, disable, set contacts. A national administrator sees every
 * account and every role and scope; a province administrator sees their province's accounts, is
 * offered only scopes inside their province and never ADMIN, and is not offered actions on
 * accounts that can act elsewhere. The use cases still check all of it.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FROM_THIS_PAGE = "از صفحهٔ مدیریت کاربران";

    @Inject
    Users users;

    @Inject
    Places places;

    @Inject
    CurrentUserView currentUser;

    @Inject
    CredentialCache credentials;

    private List<UserAccount> accounts;
    private final Map<String, String> emails = new HashMap<>();
    private final Map<String, String> mobiles = new HashMap<>();
    private List<Province> allProvinces;
    private List<Province> provinces;
    /** Counties named by grants, and those outside the caller's reach (which they may not look up). */
    private final Map<Long, County> counties = new HashMap<>();
    private final Set<Long> countiesOutsideReach = new HashSet<>();

    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private boolean newOneTimePassword;
    private Long newHomeProvinceId;

    /** A one-time password just made, shown once, and whose it is. */
    private String shownPassword;
    private String shownPasswordFor;

    private String grantUsername;
    private Role grantRole = Role.POST_CLERK;
    private ScopeType grantScope = ScopeType.COUNTY;
    private Long grantProvinceId;
    private Long grantCountyId;
    private String grantReason;
    private ir.pishkhan.office.entity.Agency grantAgency;

    @PostConstruct
    void init() {
        // A province administrator of one province finds it chosen for the grant form.
        getProvinces();
    }

    public List<UserAccount> getAccounts() {
        if (accounts == null) {
            accounts = users.list(0, 500);
        }
        return accounts;
    }

    /** The accounts the caller may grant roles to. */
    public List<UserAccount> getManageableAccounts() {
        return getAccounts().stream().filter(this::manageable).toList();
    }

    public void create() {
        String password = newOneTimePassword ? OneTimePasswords.generate() : newPassword;
        UserAccount created = users.create(newUsername, newDisplayName, password, homeProvinceForNewAccount(),
                newOneTimePassword);
        info("حساب «" + created.getUsername() + "» ساخته شد.");
        show(newOneTimePassword ? password : null, created.getUsername());
        grantUsername = created.getUsername();
        newUsername = null;
        newDisplayName = null;
        newPassword = null;
        accounts = null;
    }

    /** A province administrator's accounts belong to their province; a national one picks (or leaves national). */
    private Long homeProvinceForNewAccount() {
        if (!currentUser.isNationalAdmin() && currentUser.getAdministeredProvinceIds().size() == 1) {
            return currentUser.getAdministeredProvinceIds().iterator().next();
        }
        return newHomeProvinceId;
    }

    /** Gives the account a new one-time password, shown once, to be changed at the next sign-in. */
    public void resetToOneTimePassword(UserAccount account) {
        String password = OneTimePasswords.generate();
        users.resetPassword(account.getUsername(), password, true, FROM_THIS_PAGE);
        credentials.forget(account.getUsername());
        info("گذرواژهٔ یک‌بارمصرف تازه‌ای برای «" + account.getUsername() + "» ساخته شد.");
        show(password, account.getUsername());
        accounts = null;
    }

    private void show(String password, String username) {
        shownPassword = password;
        shownPasswordFor = password == null ? null : username;
    }

    public void grant() {
        Long scopeId = switch (grantScope) {
            case NATIONAL -> null;
            case PROVINCE -> grantProvinceId;
            case COUNTY, OFFICE -> grantCountyId;
        };
        users.grant(grantUsername, grantRole, grantScope, scopeId,
                grantRole == Role.AGENCY_REPORTER ? grantAgency : null, grantReason);
        info("نقش «" + grantRole.persianName() + "» به «" + grantUsername + "» داده شد.");
        grantReason = null;
        accounts = null;
        show(null, null);
    }

    public void revoke(UserAccount account, RoleGrant grant) {
        users.revoke(account.getUsername(), grant.getId(), FROM_THIS_PAGE);
        info("نقش «" + grant.getRole().persianName() + "» از «" + account.getUsername() + "» گرفته شد.");
        accounts = null;
        show(null, null);
    }

    public void saveContact(UserAccount account) {
        users.setContact(account.getUsername(), emails.get(account.getUsername()), mobiles.get(account.getUsername()));
        info("نشانی‌های «" + account.getUsername() + "» ذخیره شد.");
        accounts = null;
        show(null, null);
    }

    /** Each account's e-mail and mobile as typed on the page (keyed by username). */
    public Map<String, String> getEmails() {
        fillContacts();
        return emails;
    }

    public Map<String, String> getMobiles() {
        fillContacts();
        return mobiles;
    }

    private void fillContacts() {
        for (UserAccount a : getAccounts()) {
            emails.putIfAbsent(a.getUsername(), a.getEmail());
            mobiles.putIfAbsent(a.getUsername(), a.getMobile());
        }
    }

    public void toggleEnabled(UserAccount account) {
        users.setEnabled(account.getUsername(), !account.isEnabled(), FROM_THIS_PAGE);
        credentials.forget(account.getUsername());
        info(account.isEnabled() ? "حساب غیرفعال شد." : "حساب فعال شد.");
        accounts = null;
        show(null, null);
    }

    /** The roles the caller may grant: a province administrator never grants ADMIN. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> currentUser.isNationalAdmin() || r != Role.ADMIN).toList();
    }

    /** The scopes the role may have that the caller may grant: a province administrator never a national one. */
    public List<ScopeType> getScopes() {
        return grantRole == null ? List.of() : grantRole.allowedScopes().stream()
                .filter(s -> s != ScopeType.OFFICE)
                .filter(s -> currentUser.isNationalAdmin() || s != ScopeType.NATIONAL).toList();
    }

    public void roleChanged() {
        List<ScopeType> scopes = getScopes();
        if (!scopes.contains(grantScope)) {
            grantScope = scopes.isEmpty() ? null : scopes.get(0);
        }
    }

    /** The provinces the caller administers: all for a national administrator. */
    public List<Province> getProvinces() {
        if (provinces == null) {
            provinces = allProvinces().stream().filter(p -> currentUser.administers(p.getId())).toList();
            if (provinces.size() == 1 && grantProvinceId == null) {
                grantProvinceId = provinces.get(0).getId();
            }
        }
        return provinces;
    }

    /** A national administrator chooses a new account's province; a province administrator's are their province's. */
    public boolean isHomeProvinceChoosable() {
        return currentUser.isNationalAdmin() || currentUser.getAdministeredProvinceIds().size() > 1;
    }

    public List<County> getCounties() {
        getProvinces();
        return grantProvinceId == null ? List.of() : places.countiesOf(grantProvinceId);
    }

    /** The Persian name of a province, e.g. for an account's home province. */
    public String provinceName(Province p) {
        return p == null ? "کشوری" : "استان " + p.getNameFa();
    }

    /** e.g. «کارمند اداره پست شهرستان — شهرستان کوار (فارس)». */
    public String grantLine(RoleGrant g) {
        String scope = switch (g.getScopeType()) {
            case NATIONAL -> ScopeType.NATIONAL.persianName();
            case PROVINCE -> "استان " + allProvinces().stream().filter(p -> p.getId() == g.getScopeRef())
                    .map(Province::getNameFa).findFirst().orElse(String.valueOf(g.getScopeRef()));
            case COUNTY -> county(g.getScopeRef())
                    .map(c -> "شهرستان " + c.getNameFa() + " (" + c.getProvince().getNameFa() + ")")
                    .orElse("شهرستانی بیرون از حوزهٔ شما");
            case OFFICE -> "دفتر " + PersianNumbers.digits(g.getScopeRef());
        };
        return g.getRole().persianName() + " — " + scope;
    }

    /**
     * Whether the caller may revoke this grant: a national administrator any; a province
     * administrator none of ADMIN, and only grants inside their province (an office's grant is
     * left to the use case, which knows where the office is).
     */
    public boolean mayRevoke(RoleGrant g) {
        if (currentUser.isNationalAdmin()) {
            return true;
        }
        if (g.getRole() == Role.ADMIN) {
            return false;
        }
        return switch (g.getScopeType()) {
            case NATIONAL -> false;
            case PROVINCE -> currentUser.administers(g.getScopeRef());
            case COUNTY -> county(g.getScopeRef()).map(c -> currentUser.administers(c.getProvince().getId())).orElse(false);
            case OFFICE -> true;
        };
    }

    /** Whether the caller may change this account: for a province administrator, one that cannot act elsewhere. */
    public boolean manageable(UserAccount account) {
        return currentUser.isNationalAdmin() || account.getGrants().stream().allMatch(this::mayRevoke);
    }

    private List<Province> allProvinces() {
        if (allProvinces == null) {
            allProvinces = places.provinces();
        }
        return allProvinces;
    }

    private Optional<County> county(long id) {
        if (!counties.containsKey(id) && !countiesOutsideReach.contains(id)) {
            try {
                counties.put(id, places.county(id));
            } catch (BusinessException outsideReach) {
                countiesOutsideReach.add(id);
            }
        }
        return Optional.ofNullable(counties.get(id));
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public String getNewUsername() { return newUsername; }
    public void setNewUsername(String v) { newUsername = v; }
    public String getNewDisplayName() { return newDisplayName; }
    public void setNewDisplayName(String v) { newDisplayName = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
    public boolean isNewOneTimePassword() { return newOneTimePassword; }
    public void setNewOneTimePassword(boolean v) { newOneTimePassword = v; }
    public Long getNewHomeProvinceId() { return newHomeProvinceId; }
    public void setNewHomeProvinceId(Long v) { newHomeProvinceId = v; }
    public String getShownPassword() { return shownPassword; }
    public String getShownPasswordFor() { return shownPasswordFor; }
    public String getGrantUsername() { return grantUsername; }
    public void setGrantUsername(String v) { grantUsername = v; }
    public Role getGrantRole() { return grantRole; }
    public void setGrantRole(Role v) { grantRole = v; }
    public ScopeType getGrantScope() { return grantScope; }
    public void setGrantScope(ScopeType v) { grantScope = v; }
    public Long getGrantProvinceId() { return grantProvinceId; }
    public void setGrantProvinceId(Long v) { grantProvinceId = v; }
    public Long getGrantCountyId() { return grantCountyId; }
    public void setGrantCountyId(Long v) { grantCountyId = v; }
    public ir.pishkhan.office.entity.Agency getGrantAgency() { return grantAgency; }
    public void setGrantAgency(ir.pishkhan.office.entity.Agency v) { grantAgency = v; }
    public List<ir.pishkhan.office.entity.Agency> getAgencies() { return Arrays.asList(ir.pishkhan.office.entity.Agency.values()); }
    public String getGrantReason() { return grantReason; }
    public void setGrantReason(String v) { grantReason = v; }
}
