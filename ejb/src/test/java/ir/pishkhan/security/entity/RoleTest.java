package ir.pishkhan.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The scopes each role may be granted in (DOMAIN.md, "Roles and scopes"). */
class RoleTest {

    private static final Map<Role, EnumSet<ScopeType>> SCOPES = Map.of(
            Role.POST_CLERK, EnumSet.of(ScopeType.COUNTY),
            Role.WG_MEMBER, EnumSet.of(ScopeType.COUNTY),
            Role.WG_SECRETARY, EnumSet.of(ScopeType.COUNTY),
            Role.PROVINCE_OFFICIAL, EnumSet.of(ScopeType.PROVINCE),
            Role.AGENCY_REPORTER, EnumSet.of(ScopeType.COUNTY, ScopeType.PROVINCE),
            Role.OFFICE_MANAGER, EnumSet.of(ScopeType.OFFICE),
            Role.AUDITOR, EnumSet.of(ScopeType.PROVINCE, ScopeType.NATIONAL),
            Role.ADMIN, EnumSet.of(ScopeType.PROVINCE, ScopeType.NATIONAL));

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleIsGrantedExactlyInItsScopes(Role role) {
        assertEquals(SCOPES.get(role), role.allowedScopes());
        for (ScopeType scope : ScopeType.values()) {
            assertEquals(SCOPES.get(role).contains(scope), role.allows(scope), role + " in " + scope);
        }
    }

    @Test
    void anAdministratorIsNationalOrOfOneProvinceNeverOfACountyOrOffice() {
        assertEquals(EnumSet.of(ScopeType.PROVINCE, ScopeType.NATIONAL), Role.ADMIN.allowedScopes());
    }

    @Test
    void theScopesHandedOutCannotChangeTheRole() {
        Role.ADMIN.allowedScopes().add(ScopeType.COUNTY);

        assertEquals(EnumSet.of(ScopeType.PROVINCE, ScopeType.NATIONAL), Role.ADMIN.allowedScopes());
    }
}
