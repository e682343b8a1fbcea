package ir.pishkhan.security.control;

import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.PlaceRefusals;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.identity.CurrentActor;
import ir.pishkhan.shared.identity.SystemCalls;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;

/**
 * The scope check every boundary makes after {@code @RolesAllowed} has checked the role: does
 * the caller hold one of the allowed roles <em>for this county or province</em>?
 *
 * <p>Refusals are always {@link BusinessException#forbidden()}, and an object that does not
 * exist is reported as missing only to a caller whose scope would have covered it, so nobody
 * learns what exists outside their scope.
 */
@Dependent
public class Access implements CurrentActor {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Principal principal;

    /** The caller and the grants they hold now; anonymous when nobody is signed in. */
    public Caller caller() {
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank() || "anonymous".equals(name)) {
            return Caller.anonymous();
        }
        List<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name).getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled()) {
            return new Caller(name, List.of());
        }
        return new Caller(name, found.get(0).getGrants().stream().map(Caller.Grant::of).toList());
    }

    /** The caller's username for the audit trail ("anonymous" for citizens, "system" for scheduled work). */
    @Override
    public String actor() {
        if (SystemCalls.active()) {
            return SystemCalls.ACTOR;
        }
        Caller c = caller();
        return c.isAnonymous() ? "anonymous" : c.username();
    }

    public Caller requireCounty(County county, Role... roles) {
        Caller caller = caller();
        if (!caller.coversCounty(county.getProvince().getId(), county.getId(), roles)) {
            throw BusinessException.forbidden();
        }
        return caller;
    }

    public Caller requireProvince(Province province, Role... roles) {
        Caller caller = caller();
        if (!caller.coversProvince(province.getId(), roles)) {
            throw BusinessException.forbidden();
        }
        return caller;
    }

    public Caller requireNational(Role... roles) {
        Caller caller = caller();
        if (!caller.isNational(roles)) {
            throw BusinessException.forbidden();
        }
        return caller;
    }

    /**
     * Finds a county the caller may act on with these roles. Missing counties are "not found"
     * only for national callers; everyone else gets the same refusal as for another county.
     */
    public County county(long countyId, Role... roles) {
        return inScope(em.find(County.class, countyId), c -> c, PlaceRefusals::countyNotFound, roles);
    }

    /**
     * An object that belongs to a county — an application, a licence, an invitation — if the
     * caller's scope covers that county. A missing object ({@code found == null}) is reported as
     * missing only to a national caller; everyone else gets the same refusal as for an object in
     * another county.
     */
    public <T> T inScope(T found, java.util.function.Function<T, County> countyOf,
                         java.util.function.Supplier<BusinessException> notFound, Role... roles) {
        if (found == null) {
            throw caller().isNational(roles) ? notFound.get() : BusinessException.forbidden();
        }
        requireCounty(countyOf.apply(found), roles);
        return found;
    }

    /**
     * Like {@link #inScope} for the use cases of {@code RoleSet.CLERK_OR_ADMIN}: the county's
     * clerk, or a national administrator acting for them. A province administrator administers the
     * province's accounts and reference data, not its licences and invitations, so that grant does
     * not count here.
     */
    public <T> T inScopeOfClerkOrNationalAdmin(T found, java.util.function.Function<T, County> countyOf,
                                               java.util.function.Supplier<BusinessException> notFound) {
        if (caller().isNational(Role.ADMIN)) {
            if (found == null) {
                throw notFound.get();
            }
            return found;
        }
        return inScope(found, countyOf, notFound, Role.POST_CLERK);
    }

    /** Like {@link #county} for provinces. */
    public Province province(long provinceId, Role... roles) {
        Province province = em.find(Province.class, provinceId);
        if (province == null) {
            throw caller().isNational(roles) ? PlaceRefusals.provinceNotFound() : BusinessException.forbidden();
        }
        requireProvince(province, roles);
        return province;
    }
}
