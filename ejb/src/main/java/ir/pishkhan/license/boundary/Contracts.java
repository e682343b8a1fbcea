package ir.pishkhan.license.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseRefusals;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.shared.error.Refusals;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Service contracts (قراردادهای خدمات): the county post office records which agencies an office
 * works for; a reporter of that agency, within their county or province, suspends or ends the
 * agency's own contract — never another agency's.
 */
@Stateless
@RolesAllowed(Role.AGENCY_REPORTER_NAME)
public class Contracts {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @RolesAllowed(Role.POST_CLERK_NAME)
    public ServiceContract add(long licenseId, Agency agency, String services, LocalDate since) {
        License license = em.find(License.class, licenseId);
        if (license == null) {
            throw BusinessException.forbidden();
        }
        access.requireCounty(license.getCounty(), Role.POST_CLERK);
        if (!license.allows(License.Action.ADD_CONTRACT)) {
            throw LicenseRefusals.notActive("برای پروانهٔ غیرفعال قرارداد ثبت نمی‌شود.",
                    "No contract can be recorded for a licence that is not active.");
        }
        boolean open = em.createQuery("SELECT COUNT(c) FROM ServiceContract c WHERE c.license = :l AND c.agency = :a"
                        + " AND c.status <> ir.pishkhan.license.entity.ServiceContract.Status.ENDED", Long.class)
                .setParameter("l", license).setParameter("a", agency).getSingleResult() > 0;
        if (open) {
            throw LicenseRefusals.contractExists();
        }
        ServiceContract contract = new ServiceContract(license, agency, services, since == null ? LocalDate.now(clock) : since,
                clock.instant());
        em.persist(contract);
        return audit.created("CONTRACT_ADDED", contract, null);
    }

    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ServiceContract> ofLicense(long licenseId) {
        License license = em.find(License.class, licenseId);
        if (license == null) {
            throw BusinessException.forbidden();
        }
        access.requireCounty(license.getCounty(), RoleSet.COUNTY_STAFF.roles());
        return em.createQuery("SELECT c FROM ServiceContract c WHERE c.license = :l ORDER BY c.id", ServiceContract.class)
                .setParameter("l", license).getResultList();
    }

    /** The current contracts of the reporter's own agency within their county or province. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ServiceContract> mine() {
        // One condition per reporter grant: its agency, within its county or province.
        List<String> conditions = new java.util.ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        int i = 0;
        for (var g : access.caller().grants()) {
            if (g.role() != Role.AGENCY_REPORTER || g.agency() == null) {
                continue;
            }
            String area = g.scopeType() == ir.pishkhan.security.entity.ScopeType.PROVINCE
                    ? "c.license.county.province.id" : "c.license.county.id";
            conditions.add("(c.agency = :agency" + i + " AND " + area + " = :area" + i + ")");
            params.put("agency" + i, g.agency());
            params.put("area" + i, g.scopeRef());
            i++;
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("SELECT c FROM ServiceContract c WHERE c.status <> ir.pishkhan.license.entity.ServiceContract.Status.ENDED"
                + " AND (" + String.join(" OR ", conditions) + ") ORDER BY c.license.county.id, c.id", ServiceContract.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(500).getResultList();
    }

    public ServiceContract suspend(long contractId, String reason) {
        ServiceContract contract = ownContract(contractId);
        String why = Refusals.requireReason(reason, "تعلیق قرارداد", "suspending the contract");
        return audit.change("CONTRACT_SUSPENDED", contract, reason, c -> c.suspend(why, clock.instant()));
    }

    public ServiceContract end(long contractId, String reason) {
        ServiceContract contract = ownContract(contractId);
        String why = Refusals.requireReason(reason, "پایان قرارداد", "ending the contract");
        return audit.change("CONTRACT_ENDED", contract, reason, c -> c.end(why, clock.instant()));
    }

    /** The contract, locked, if the caller reports for its agency in its county. */
    private ServiceContract ownContract(long contractId) {
        ServiceContract contract = em.find(ServiceContract.class, contractId, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw BusinessException.forbidden();
        }
        County county = contract.getLicense().getCounty();
        if (!access.caller().reportsFor(contract.getAgency(), county.getProvince().getId(), county.getId())) {
            throw BusinessException.forbidden();
        }
        return contract;
    }

}
