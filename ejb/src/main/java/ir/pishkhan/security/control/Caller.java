package ir.pishkhan.security.control;

import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleGrant;
import ir.pishkhan.security.entity.ScopeType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The person behind the current call and the grants they hold right now (read fresh for each
 * use case, so a revoked grant stops working at once).
 *
 * <p>Every question here takes the roles a use case allows: a grant counts only if its role is
 * one of them. A clerk of county A who is also auditor of province P is a clerk only in A.
 */
public record Caller(String username, List<Grant> grants) implements java.io.Serializable {

    /** One grant as the scope checks see it. */
    public record Grant(Role role, ScopeType scopeType, long scopeRef, ir.pishkhan.office.entity.Agency agency) implements java.io.Serializable {
        public Grant(Role role, ScopeType scopeType, long scopeRef) {
            this(role, scopeType, scopeRef, null);
        }

        static Grant of(RoleGrant g) {
            return new Grant(g.getRole(), g.getScopeType(), g.getScopeRef(), g.getAgency());
        }
    }

    public static Caller anonymous() {
        return new Caller(null, List.of());
    }

    public boolean isAnonymous() {
        return username == null;
    }

    public boolean hasAny(Role... roles) {
        Set<Role> allowed = Set.of(roles);
        return grants.stream().anyMatch(g -> allowed.contains(g.role()));
    }

    /** Holds one of the roles for the whole country. */
    public boolean isNational(Role... roles) {
        return matching(roles).stream().anyMatch(g -> g.scopeType() == ScopeType.NATIONAL);
    }

    /**
     * The provinces for which the caller holds one of the roles through a PROVINCE grant (a
     * national grant is not counted here: ask {@link #isNational} for that).
     */
    public Set<Long> provinceGrants(Role... roles) {
        Set<Long> ids = new java.util.TreeSet<>();
        matching(roles).stream().filter(g -> g.scopeType() == ScopeType.PROVINCE).forEach(g -> ids.add(g.scopeRef()));
        return ids;
    }

    /** Holds one of the roles for the whole province (or nationally). */
    public boolean coversProvince(long provinceId, Role... roles) {
        return matching(roles).stream().anyMatch(g -> g.scopeType() == ScopeType.NATIONAL
                || (g.scopeType() == ScopeType.PROVINCE && g.scopeRef() == provinceId));
    }

    /** Holds one of the roles for this county, its province, or nationally. */
    public boolean coversCounty(long provinceId, long countyId, Role... roles) {
        return matching(roles).stream().anyMatch(g -> g.scopeType() == ScopeType.NATIONAL
                || (g.scopeType() == ScopeType.PROVINCE && g.scopeRef() == provinceId)
                || (g.scopeType() == ScopeType.COUNTY && g.scopeRef() == countyId));
    }

    /** Reports for this agency in this county (through a county or province AGENCY_REPORTER grant). */
    public boolean reportsFor(ir.pishkhan.office.entity.Agency agency, long provinceId, long countyId) {
        return grants.stream().anyMatch(g -> g.role() == Role.AGENCY_REPORTER && g.agency() == agency
                && ((g.scopeType() == ScopeType.PROVINCE && g.scopeRef() == provinceId)
                || (g.scopeType() == ScopeType.COUNTY && g.scopeRef() == countyId)));
    }

    /** Manages this office (an OFFICE_MANAGER grant for the licence). */
    public boolean managesOffice(long licenseId) {
        return grants.stream().anyMatch(g -> g.role() == Role.OFFICE_MANAGER && g.scopeType() == ScopeType.OFFICE
                && g.scopeRef() == licenseId);
    }

    /** The licences of the offices the caller manages. */
    public Set<Long> managedOffices() {
        Set<Long> ids = new HashSet<>();
        grants.stream().filter(g -> g.role() == Role.OFFICE_MANAGER && g.scopeType() == ScopeType.OFFICE)
                .forEach(g -> ids.add(g.scopeRef()));
        return ids;
    }

    /** Where the caller may look with these roles, for filtering lists in the database. */
    public Reach reach(Role... roles) {
        Set<Long> provinces = new HashSet<>();
        Set<Long> counties = new HashSet<>();
        for (Grant g : matching(roles)) {
            switch (g.scopeType()) {
                case NATIONAL -> {
                    return Reach.national();
                }
                case PROVINCE -> provinces.add(g.scopeRef());
                case COUNTY -> counties.add(g.scopeRef());
                case OFFICE -> {
                    // Office-scoped grants reach single offices, never whole counties.
                }
            }
        }
        return new Reach(false, Set.copyOf(provinces), Set.copyOf(counties));
    }

    private List<Grant> matching(Role... roles) {
        List<Role> allowed = Arrays.asList(roles);
        return grants.stream().filter(g -> allowed.contains(g.role())).toList();
    }

    /**
     * The provinces and counties a caller reaches with some roles. {@code everywhere} means
     * national. Queries use {@code province_id IN provinces OR county_id IN counties}.
     */
    public record Reach(boolean everywhere, Set<Long> provinceIds, Set<Long> countyIds) implements java.io.Serializable {
        public static Reach national() {
            return new Reach(true, Set.of(), Set.of());
        }

        public boolean isEmpty() {
            return !everywhere && provinceIds.isEmpty() && countyIds.isEmpty();
        }

        /** Whether this county (of this province) lies within reach. */
        public boolean covers(long provinceId, long countyId) {
            return everywhere || provinceIds.contains(provinceId) || countyIds.contains(countyId);
        }

        /**
         * The JPQL condition "within reach" for an entity whose county is at {@code countyPath}
         * (e.g. {@code "r.county"}); bind its parameters with {@link #bind(java.util.Map)}.
         */
        public String condition(String countyPath) {
            return "(:everywhere = TRUE OR " + countyPath + ".province.id IN :provinces OR " + countyPath
                    + ".id IN :counties)";
        }

        /** Puts the parameters of {@link #condition(String)} into a query's parameter map. */
        public void bind(java.util.Map<String, Object> params) {
            params.put("everywhere", everywhere);
            params.put("provinces", provinceIdsOrNone());
            params.put("counties", countyIdsOrNone());
        }

        /** Never-empty id lists for JPQL IN clauses (-1 matches nothing). */
        public Set<Long> provinceIdsOrNone() {
            return provinceIds.isEmpty() ? Set.of(-1L) : provinceIds;
        }

        public Set<Long> countyIdsOrNone() {
            return countyIds.isEmpty() ? Set.of(-1L) : countyIds;
        }
    }
}
