package ir.pishkhan.place.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.PlaceRefusals;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.Caller;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.Refusals;
import ir.pishkhan.shared.text.PersianText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Use cases on provinces and counties: the public reference lists, the counties a member of
 * staff works in, and the administrators' additions and renamings of counties (a national
 * administrator anywhere, a province administrator in their province).
 */
@Stateless
@RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
        Role.AGENCY_REPORTER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF_AND_AGENCIES
public class Places {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    /** All provinces: public reference data (citizens pick one when filing a complaint). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Province> provinces() {
        return em.createNamedQuery(Province.ALL, Province.class).getResultList();
    }

    /** The counties of a province: public reference data. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<County> countiesOf(long provinceId) {
        if (em.find(Province.class, provinceId) == null) {
            throw PlaceRefusals.provinceNotFound();
        }
        return em.createNamedQuery(County.OF_PROVINCE, County.class).setParameter("provinceId", provinceId)
                .getResultList();
    }

    /** The counties the caller works in, optionally filtered by (normalised) name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<County> myCounties(String nameQuery, int offset, int limit) {
        Caller.Reach reach = access.caller().reach(RoleSet.COUNTY_STAFF_AND_AGENCIES.roles());
        String key = nameQuery == null || nameQuery.isBlank() ? null : PersianText.containsPattern(nameQuery);
        String jpql = "SELECT c FROM County c WHERE (:everywhere = TRUE OR c.province.id IN :provinces OR c.id IN :counties)"
                + (key == null ? "" : " AND (c.searchKey LIKE :key OR LOWER(c.nameEn) LIKE :key)")
                + " ORDER BY c.province.nameFa, c.nameFa";
        var q = em.createQuery(jpql, County.class)
                .setParameter("everywhere", reach.everywhere())
                .setParameter("provinces", reach.provinceIdsOrNone())
                .setParameter("counties", reach.countyIdsOrNone());
        if (key != null) {
            q.setParameter("key", key);
        }
        return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), 500)).getResultList();
    }

    /** One county, for staff whose scope covers it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public County county(long countyId) {
        return access.county(countyId, RoleSet.COUNTY_STAFF_AND_AGENCIES.roles());
    }

    /** Adds a county to a province (e.g. after an official split). */
    @RolesAllowed(Role.ADMIN_NAME)
    public County addCounty(long provinceId, String nameFa, String nameEn, String reason) {
        Province province = access.province(provinceId, Role.ADMIN);
        County county = new County(province, nameFa, nameEn);
        requireUniqueName(county, null);
        em.persist(county);
        return audit.created("COUNTY_ADDED", county, reason);
    }

    /**
     * Renames a county. {@code expectedVersion} is the version the administrator saw: if someone
     * renamed it meanwhile, the change is refused rather than silently overwriting theirs.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public County renameCounty(long countyId, String nameFa, String nameEn, Long expectedVersion, String reason) {
        County county = access.inScope(em.find(County.class, countyId, LockModeType.PESSIMISTIC_WRITE), c -> c,
                PlaceRefusals::countyNotFound, Role.ADMIN);
        Refusals.requireReason(reason, "تغییر نام", "the renaming");
        if (expectedVersion != null) {
            county.requireVersion(expectedVersion);
        }
        return audit.change("COUNTY_RENAMED", county, reason, c -> {
            c.rename(nameFa, nameEn);
            requireUniqueName(c, c.getId());
        });
    }

    private void requireUniqueName(County county, Long exceptId) {
        boolean taken = em.createNamedQuery(County.BY_KEY, County.class)
                .setParameter("provinceId", county.getProvince().getId()).setParameter("key", county.getSearchKey())
                .setFlushMode(FlushModeType.COMMIT) // compare with what is stored, not with this change
                .getResultStream().anyMatch(c -> !c.getId().equals(exceptId));
        if (taken) {
            throw BusinessException.conflict("COUNTY_EXISTS",
                    "شهرستانی با نام «" + county.getNameFa() + "» در این استان وجود دارد.",
                    "A county with this name already exists in the province.");
        }
    }
}
