package ir.pishkhan.security.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The groups of roles the use cases are open to, each declared once. A boundary's
 * {@code @RolesAllowed} (class level, with method overrides) names exactly one of these sets or a
 * single role — Java annotations cannot take an array constant, so the names are spelled out there
 * and {@code RoleSetsTest} fails the build when an annotation differs from every set declared here.
 * Scope checks and list filters use {@link #roles()}.
 */
public enum RoleSet {

    /** Staff who follow a county's licences and cases: clerks, the working group, the province, auditors, admins. */
    COUNTY_STAFF(Role.POST_CLERK, Role.WG_MEMBER, Role.WG_SECRETARY, Role.PROVINCE_OFFICIAL, Role.AUDITOR, Role.ADMIN),

    /** {@link #COUNTY_STAFF} and the contracting agencies' reporters (who see the reports they filed). */
    COUNTY_STAFF_AND_AGENCIES(Role.POST_CLERK, Role.WG_MEMBER, Role.WG_SECRETARY, Role.PROVINCE_OFFICIAL,
            Role.AGENCY_REPORTER, Role.AUDITOR, Role.ADMIN),

    /** Every signed-in role: staff, agencies and office managers. */
    EVERYONE_SIGNED_IN(Role.POST_CLERK, Role.WG_MEMBER, Role.WG_SECRETARY, Role.PROVINCE_OFFICIAL,
            Role.AGENCY_REPORTER, Role.OFFICE_MANAGER, Role.AUDITOR, Role.ADMIN),

    /** Those who look after the licensing desk: the clerk, the province, auditors and admins. */
    LICENSING_DESK(Role.POST_CLERK, Role.PROVINCE_OFFICIAL, Role.AUDITOR, Role.ADMIN),

    /**
     * The county clerk, or an administrator acting for them; the scope check
     * ({@code Access.inScopeOfClerkOrNationalAdmin}) counts national administrators only.
     */
    CLERK_OR_ADMIN(Role.POST_CLERK, Role.ADMIN),

    /** The province official, or an administrator of the province (national or of that province). */
    PROVINCE_OFFICIAL_OR_ADMIN(Role.PROVINCE_OFFICIAL, Role.ADMIN),

    /** Those who read the audit trail. */
    AUDIT_READERS(Role.AUDITOR, Role.ADMIN),

    /** Those who may add evidence to a violation report: the clerk, the reporting agency, the office itself. */
    EVIDENCE_SENDERS(Role.POST_CLERK, Role.AGENCY_REPORTER, Role.OFFICE_MANAGER);

    private final Set<Role> roles;

    RoleSet(Role... roles) {
        this.roles = EnumSet.copyOf(Arrays.asList(roles));
    }

    /** The roles, for scope checks ({@code access.county(id, RoleSet.COUNTY_STAFF.roles())}). */
    public Role[] roles() {
        return roles.toArray(Role[]::new);
    }

    public boolean contains(Role role) {
        return roles.contains(role);
    }

    /** The role names, as {@code @RolesAllowed} spells them; for the consistency test. */
    public Set<String> names() {
        Set<String> names = new java.util.TreeSet<>();
        roles.forEach(r -> names.add(r.name()));
        return names;
    }
}
