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
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in person as pages show them: name, roles with their scopes in Persian, and which
 * menu entries they get. Menus only hide what a role cannot use; the use cases still check.
 */
@Named
@RequestScoped
public class CurrentUserView {

    @Inject
    SecurityContext securityContext;

    @Inject
    Users users;

    @Inject
    Places places;

    private UserAccount account;

    @PostConstruct
    void load() {
        if (securityContext.getCallerPrincipal() != null) {
            account = users.me();
        }
    }

    public boolean isSignedIn() {
        return account != null;
    }

    public String getDisplayName() {
        return account == null ? "" : account.getDisplayName();
    }

    public String getUsername() {
        return account == null ? "" : account.getUsername();
    }

    public boolean has(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** Holds ADMIN, nationally or for a province. */
    public boolean isAdmin() {
        return has(Role.ADMIN_NAME);
    }

    /** Holds ADMIN for the whole country: rules, fees, holidays, schedules and every account. */
    public boolean isNationalAdmin() {
        return account != null && account.holds(Role.ADMIN, ScopeType.NATIONAL);
    }

    /** Administers one or more provinces only (ADMIN granted for a province, not nationally). */
    public boolean isProvinceAdmin() {
        return isAdmin() && !isNationalAdmin();
    }

    /** The provinces the person administers through a province ADMIN grant. */
    public Set<Long> getAdministeredProvinceIds() {
        if (account == null) {
            return Set.of();
        }
        Set<Long> ids = new TreeSet<>();
        account.getGrants().stream().filter(g -> g.getRole() == Role.ADMIN && g.getScopeType() == ScopeType.PROVINCE)
                .forEach(g -> ids.add(g.getScopeRef()));
        return ids;
    }

    /** Whether the person administers this province: a national administrator, or that province's. */
    public boolean administers(Long provinceId) {
        return isNationalAdmin() || (provinceId != null && getAdministeredProvinceIds().contains(provinceId));
    }

    /** Signed in with a one-time password not changed yet: only the change-password page is open. */
    public boolean isMustChangePassword() {
        return account != null && account.isMustChangePassword();
    }

    public boolean isAuditor() {
        return has(Role.AUDITOR_NAME);
    }

    public boolean isStaff() {
        for (Role r : Role.values()) {
            if (r != Role.OFFICE_MANAGER && has(r.name())) {
                return true;
            }
        }
        return false;
    }

    /** Each grant as a Persian line, e.g. «کارمند اداره پست شهرستان — شهرستان کوار (فارس)». */
    public List<String> getGrantLines() {
        if (account == null) {
            return List.of();
        }
        Map<Long, Province> provinces = places.provinces().stream()
                .collect(Collectors.toMap(Province::getId, Function.identity()));
        return account.getGrants().stream().map(g -> g.getRole().persianName() + " — " + scopeName(g, provinces))
                .toList();
    }

    private String scopeName(RoleGrant g, Map<Long, Province> provinces) {
        return switch (g.getScopeType()) {
            case NATIONAL -> ScopeType.NATIONAL.persianName();
            case PROVINCE -> "استان " + (provinces.containsKey(g.getScopeRef())
                    ? provinces.get(g.getScopeRef()).getNameFa() : g.getScopeRef());
            case COUNTY -> {
                // The caller's own grant: always within their scope.
                County c = places.county(g.getScopeRef());
                yield "شهرستان " + c.getNameFa() + " (استان " + c.getProvince().getNameFa() + ")";
            }
            case OFFICE -> "دفتر " + PersianNumbers.digits(g.getScopeRef());
        };
    }
}
