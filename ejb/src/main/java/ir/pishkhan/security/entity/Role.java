package ir.pishkhan.security.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in user may do, always held within a scope (see {@link ScopeType}). The name
 * of each constant is also the Jakarta security role name used by {@code @RolesAllowed}.
 */
public enum Role {
    /** کارمند اداره پست شهرستان — county post-office clerk. */
    POST_CLERK("کارمند اداره پست شهرستان", EnumSet.of(ScopeType.COUNTY)),
    /** عضو کارگروه فرعی — county working-group member. */
    WG_MEMBER("عضو کارگروه شهرستان", EnumSet.of(ScopeType.COUNTY)),
    /** دبیر کارگروه — working-group secretary. */
    WG_SECRETARY("دبیر کارگروه شهرستان", EnumSet.of(ScopeType.COUNTY)),
    /** مسئول استانی — province official. */
    PROVINCE_OFFICIAL("مسئول استان", EnumSet.of(ScopeType.PROVINCE)),
    /** گزارشگر دستگاه طرف قرارداد — contracting-agency reporter. */
    AGENCY_REPORTER("گزارشگر دستگاه طرف قرارداد", EnumSet.of(ScopeType.COUNTY, ScopeType.PROVINCE)),
    /** مدیر دفتر — licence holder or office manager. */
    OFFICE_MANAGER("مدیر دفتر", EnumSet.of(ScopeType.OFFICE)),
    /** بازرس — inspection and audit staff. */
    AUDITOR("بازرس", EnumSet.of(ScopeType.PROVINCE, ScopeType.NATIONAL)),
    /**
     * مدیر سامانه — system administrator: nationally (accounts everywhere, reference data, rules and
     * fees, holidays, schedules) or for one province (that province's accounts, grants, counties,
     * weekly days off and closures; only a national administrator grants ADMIN).
     */
    ADMIN("مدیر سامانه", EnumSet.of(ScopeType.PROVINCE, ScopeType.NATIONAL));

    /** Role names for {@code @RolesAllowed}; annotations need compile-time constants. */
    public static final String POST_CLERK_NAME = "POST_CLERK";
    public static final String WG_MEMBER_NAME = "WG_MEMBER";
    public static final String WG_SECRETARY_NAME = "WG_SECRETARY";
    public static final String PROVINCE_OFFICIAL_NAME = "PROVINCE_OFFICIAL";
    public static final String AGENCY_REPORTER_NAME = "AGENCY_REPORTER";
    public static final String OFFICE_MANAGER_NAME = "OFFICE_MANAGER";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    private final String persianName;
    private final Set<ScopeType> allowedScopes;

    Role(String persianName, Set<ScopeType> allowedScopes) {
        this.persianName = persianName;
        this.allowedScopes = allowedScopes;
    }

    public String persianName() {
        return persianName;
    }

    /** The scopes this role can be granted in, e.g. a clerk only ever for one county. */
    public boolean allows(ScopeType scope) {
        return allowedScopes.contains(scope);
    }

    public Set<ScopeType> allowedScopes() {
        return EnumSet.copyOf(allowedScopes);
    }
}
