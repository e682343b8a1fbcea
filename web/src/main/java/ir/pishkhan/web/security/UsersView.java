package ir.pishkhan.web.security;

import ir.pishkhan.place.boundary.Places;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.security.boundary.Users;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleGrant;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.text.PersianNumbers;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Administrators' page for accounts: create, grant a role within a scope, revoke, disable. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    Places places;

    private List<UserAccount> accounts;
    private final java.util.Map<String, String> emails = new java.util.HashMap<>();
    private final java.util.Map<String, String> mobiles = new java.util.HashMap<>();
    private List<Province> provinces;
    private final java.util.Map<Long, String> countyNames = new java.util.HashMap<>();

    private String newUsername;
    private String newDisplayName;
    private String newPassword;

    private String grantUsername;
    private Role grantRole = Role.POST_CLERK;
    private ScopeType grantScope = ScopeType.COUNTY;
    private Long grantProvinceId;
    private Long grantCountyId;
    private String grantReason;
    private ir.pishkhan.office.entity.Agency grantAgency;

    public List<UserAccount> getAccounts() {
        if (accounts == null) {
            accounts = users.list(0, 500);
        }
        return accounts;
    }

    public void create() {
        UserAccount created = users.create(newUsername, newDisplayName, newPassword);
        info("حساب «" + created.getUsername() + "» ساخته شد.");
        grantUsername = created.getUsername();
        newUsername = null;
        newDisplayName = null;
        newPassword = null;
        accounts = null;
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
    }

    public void revoke(UserAccount account, RoleGrant grant) {
        users.revoke(account.getUsername(), grant.getId(), "از صفحهٔ مدیریت کاربران");
        info("نقش «" + grant.getRole().persianName() + "» از «" + account.getUsername() + "» گرفته شد.");
        accounts = null;
    }

    public void saveContact(UserAccount account) {
        users.setContact(account.getUsername(), emails.get(account.getUsername()), mobiles.get(account.getUsername()));
        info("نشانی‌های «" + account.getUsername() + "» ذخیره شد.");
        accounts = null;
    }

    /** Each account's e-mail and mobile as typed on the page (keyed by username). */
    public java.util.Map<String, String> getEmails() {
        fillContacts();
        return emails;
    }

    public java.util.Map<String, String> getMobiles() {
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
        users.setEnabled(account.getUsername(), !account.isEnabled(), "از صفحهٔ مدیریت کاربران");
        info(account.isEnabled() ? "حساب غیرفعال شد." : "حساب فعال شد.");
        accounts = null;
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public List<ScopeType> getScopes() {
        return grantRole == null ? List.of() : grantRole.allowedScopes().stream()
                .filter(s -> s != ScopeType.OFFICE).toList();
    }

    public void roleChanged() {
        List<ScopeType> scopes = getScopes();
        if (!scopes.contains(grantScope)) {
            grantScope = scopes.isEmpty() ? null : scopes.get(0);
        }
    }

    public List<Province> getProvinces() {
        if (provinces == null) {
            provinces = places.provinces();
        }
        return provinces;
    }

    public List<County> getCounties() {
        return grantProvinceId == null ? List.of() : places.countiesOf(grantProvinceId);
    }

    /** e.g. «کارمند اداره پست شهرستان — شهرستان کوار (فارس)». */
    public String grantLine(RoleGrant g) {
        String scope = switch (g.getScopeType()) {
            case NATIONAL -> ScopeType.NATIONAL.persianName();
            case PROVINCE -> "استان " + getProvinces().stream().filter(p -> p.getId() == g.getScopeRef())
                    .map(Province::getNameFa).findFirst().orElse(String.valueOf(g.getScopeRef()));
            case COUNTY -> countyNames.computeIfAbsent(g.getScopeRef(), id -> {
                County c = places.county(id);
                return "شهرستان " + c.getNameFa() + " (" + c.getProvince().getNameFa() + ")";
            });
            case OFFICE -> "دفتر " + PersianNumbers.digits(g.getScopeRef());
        };
        return g.getRole().persianName() + " — " + scope;
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
