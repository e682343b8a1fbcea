package ir.pishkhan.license.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.control.Applicants;
import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseChanged;
import ir.pishkhan.license.entity.LicenseNumber;
import ir.pishkhan.license.entity.LicenseRefusals;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Corrections (اصلاح اطلاعات): an administrator whose scope covers the office's county fixes data
 * that was registered wrongly — an office's name or address, a licence's issue date or number, the
 * holder's names or national code, a service contract's agency, services or start date — with a
 * reason. A correction never changes a status; it is a CORRECTED event in the licence's history
 * and a {@code LICENSE_CORRECTED} or {@code CONTRACT_CORRECTED} audit record with the state before
 * and after, and public verification shows the corrected data at once.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Corrections {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<LicenseChanged> licenseChanged;

    /**
     * What an administrator corrects on a licence and its holder: each field null when it stays as
     * it is. The number as typed: of this system's shape or an old register's.
     */
    public record LicenceCorrection(String officeName, String address, LocalDate issueDate, String number,
                                    String holderFirstName, String holderLastName, String holderNationalCode)
            implements java.io.Serializable {
    }

    /** What an administrator corrects on a service contract: each field null when it stays as it is. */
    public record ContractCorrection(Agency agency, String services, LocalDate since) implements java.io.Serializable {
    }

    /**
     * Corrects a licence and its holder as one change ({@link License#correct}). {@code expectedVersion}
     * is the version the administrator saw. A number must not be another licence's
     * ({@code LICENSE_NUMBER_TAKEN}), and one of this system's shape must be one the county's book has
     * already handed out ({@code LICENSE_NUMBER_NOT_ISSUED}), or the book would hand it out again; a
     * national code must not be another person's ({@code NATIONAL_CODE_TAKEN}).
     */
    public License correctLicence(long licenceId, long expectedVersion, LicenceCorrection correction, String reason) {
        License license = access.inScope(em.find(License.class, licenceId, LockModeType.PESSIMISTIC_WRITE),
                License::getCounty, LicenseRefusals::notFound, Role.ADMIN);
        license.requireVersion(expectedVersion);
        LicenceCorrection c = correction == null ? new LicenceCorrection(null, null, null, null, null, null, null) : correction;
        LicenseNumber number = c.number() == null || c.number().equals(license.getNumber()) ? null
                : LicenseNumbers.parse(c.number());
        if (number != null && !number.value().equals(license.getNumber())) {
            requireFree(number, license);
        }
        Applicant holder = license.getHolder();
        String code = c.holderNationalCode() == null ? null : Applicants.nationalCode(c.holderNationalCode()).value();
        if (code != null && !code.equals(holder.getNationalCode())
                && !em.createNamedQuery(Applicant.BY_CODE, Applicant.class).setParameter("code", code)
                .getResultList().isEmpty()) {
            throw LicenseRefusals.nationalCodeTaken(code);
        }
        // Public verification keeps answers by number: the number before and after, and every licence
        // of a holder whose name or code changes (those rows are not written, so no listener hears it).
        Set<String> concerned = new LinkedHashSet<>();
        concerned.add(license.getNumber());
        if (c.holderFirstName() != null || c.holderLastName() != null || code != null) {
            concerned.addAll(em.createQuery("SELECT l.number FROM License l WHERE l.holder = :h", String.class)
                    .setParameter("h", holder).getResultList());
        }
        // The licence as people saw it has changed even when only its holder's row is written.
        em.lock(license, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.change("LICENSE_CORRECTED", license, reason, l -> l.correct(new License.Correction(c.officeName(), c.address(),
                c.issueDate(), number, c.holderFirstName(), c.holderLastName(), code), LocalDate.now(clock), reason,
                access.actor(), clock.instant()));
        concerned.add(license.getNumber());
        concerned.forEach(n -> licenseChanged.fire(new LicenseChanged(n)));
        return license;
    }

    /**
     * Corrects a service contract's agency, services or start date ({@link ServiceContract#correct});
     * the office's licence notes it in its history. A corrected agency must not be one the office has
     * another current contract with ({@code CONTRACT_EXISTS}).
     */
    public ServiceContract correctContract(long contractId, ContractCorrection correction, String reason) {
        ServiceContract contract = access.inScope(em.find(ServiceContract.class, contractId),
                k -> k.getLicense().getCounty(), LicenseRefusals::contractNotFound, Role.ADMIN);
        // The licence first, then its contract: the order revocation locks them in.
        License license = contract.getLicense();
        em.refresh(license, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(contract, LockModeType.PESSIMISTIC_WRITE);
        ContractCorrection c = correction == null ? new ContractCorrection(null, null, null) : correction;
        if (c.agency() != null && c.agency() != contract.getAgency() && contract.getStatus() != ServiceContract.Status.ENDED
                && em.createQuery("SELECT COUNT(k) FROM ServiceContract k WHERE k.license = :l AND k.agency = :a"
                        + " AND k.status <> :ended AND k.id <> :id", Long.class)
                .setParameter("l", license).setParameter("a", c.agency())
                .setParameter("ended", ServiceContract.Status.ENDED).setParameter("id", contract.getId())
                .getSingleResult() > 0) {
            throw LicenseRefusals.contractExists();
        }
        return audit.change("CONTRACT_CORRECTED", contract, reason,
                k -> k.correct(c.agency(), c.services(), c.since(), reason, access.actor(), clock.instant()));
    }

    /** Whether the caller may correct this licence and its contracts: an administrator whose scope covers its county. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean mayCorrect(long licenceId) {
        License license = em.find(License.class, licenceId);
        return license != null && access.caller().coversCounty(license.getCounty().getProvince().getId(),
                license.getCounty().getId(), Role.ADMIN);
    }

    private void requireFree(LicenseNumber number, License license) {
        if (!em.createNamedQuery(License.BY_NUMBER, License.class).setParameter("number", number.value())
                .getResultList().isEmpty()) {
            throw LicenseRefusals.numberTaken(number.value());
        }
        if (number.isIssuedHere() && number.countyId().equals(license.getCounty().getId())
                && number.officeType() == license.getOfficeType()) {
            // Read without the book's lock: a concurrent issuance only moves the next serial on.
            Integer next = em.createQuery("SELECT b.nextSerial FROM CapacityBook b WHERE b.county.id = :county"
                            + " AND b.officeType = :type", Integer.class)
                    .setParameter("county", license.getCounty().getId()).setParameter("type", license.getOfficeType())
                    .getResultStream().findFirst().orElse(1);
            if (number.serial() >= next) {
                throw LicenseRefusals.numberNotIssued(number.value());
            }
        }
    }
}
