package ir.pishkhan.license.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.control.Applicants;
import ir.pishkhan.capacity.control.Slots;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.capacity.entity.CapacityRefusals;
import ir.pishkhan.license.control.Fees;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.control.RenewalHolds;
import ir.pishkhan.license.entity.BoothPlan;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseGrant;
import ir.pishkhan.license.entity.LicenseRefusals;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.license.entity.OfficeSite;
import ir.pishkhan.license.entity.Payment;
import ir.pishkhan.license.entity.RenewalTerms;
import ir.pishkhan.license.entity.TemporaryBooth;
import ir.pishkhan.license.entity.TransferCheckResult;
import ir.pishkhan.license.entity.TransferPolicy;
import ir.pishkhan.license.entity.TransferRequest;
import ir.pishkhan.license.entity.Validity;
import ir.pishkhan.office.control.IssuanceFees;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.office.entity.OfficeTypePolicy;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.ScopedQuery;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.shared.error.Refusals;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianText;
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
import java.util.Locale;
import java.util.Map;

/**
 * Issuing licences (صدور پروانه) in the county post office: from an application that holds a
 * slot, or directly when the county has a free slot and nobody waits. Every issuance takes the
 * county's capacity-book lock first, so concurrent clerks can never issue past capacity.
 *
 * <p>The county clerk changes licences; the county's staff ({@link RoleSet#COUNTY_STAFF}) read them.
 */
@Stateless
@RolesAllowed(Role.POST_CLERK_NAME)
public class Licenses {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Slots slots;

    @Inject
    Applicants applicants;

    @Inject
    IssuanceFees issuanceFees;

    @Inject
    RenewalHolds renewalHolds;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The office the licence is for, and the receipt of the issuance fee. */
    public record OfficeDetails(String officeName, String address, String locality, String receiptRef) implements java.io.Serializable {
    }

    /**
     * Issues a licence on an application: one that accepted an invitation (its slot is already
     * reserved), or one at the head of the waitlist when a slot is free.
     */
    public License issue(long applicationId, OfficeDetails office) {
        Application application = access.inScope(em.find(Application.class, applicationId), Application::getCounty,
                CapacityRefusals::applicationNotFound, Role.POST_CLERK);
        CapacityBook book = slots.lock(application.getCounty().getId(), application.getOfficeType());
        em.refresh(application);
        slots.claimFor(application, book);
        return issueOn(application, book, office);
    }

    /**
     * Registers the applicant and issues at once, for a county with a free slot and nobody on its
     * waitlist for this office type. Refused with CAPACITY_FULL when no slot is free.
     */
    public License issueDirect(Applicants.Submission submission, OfficeDetails office) {
        County county = access.county(submission.countyId(), Role.POST_CLERK);
        CapacityBook book = slots.lock(county.getId(), submission.officeType());
        slots.takeWhenNobodyWaits(book);
        Application application = audit.created("APPLICATION_SUBMITTED", applicants.open(submission, county),
                "صدور مستقیم، بدون صف انتظار");
        return issueOn(application, book, office);
    }

    private License issueOn(Application application, CapacityBook book, OfficeDetails office) {
        application.requireAllDocuments();
        String receipt = requireUnusedReceipt(office.receiptRef());
        LocalDate today = LocalDate.now(clock);
        OfficeTypePolicy policy = em.find(OfficeTypePolicy.class, application.getOfficeType());
        long fee = issuanceFee(application.getOfficeType(), today);
        application.licensed(clock.instant());
        County county = application.getCounty();
        String number = LicenseNumbers.format(county.getId(), application.getOfficeType(), book.takeSerial());
        String locality = office.locality() == null || office.locality().isBlank() ? application.getProposedLocality()
                : office.locality();
        License license = License.issue(
                new LicenseGrant(number, application.getApplicant(), county, application.getOfficeType(), application.getId()),
                new OfficeSite(office.officeName(), office.address(), locality),
                new Validity(today, policy.getValidityYears()), access.actor(), clock.instant());
        em.persist(license);
        em.persist(new Payment(license, Payment.Kind.ISSUANCE, fee, receipt, clock.instant()));
        return audit.created("LICENSE_ISSUED", license, null);
    }

    private long issuanceFee(OfficeType type, LocalDate today) {
        int year = JalaliDates.jalaliYear(today);
        return issuanceFees.of(type, year).orElseThrow(() -> LicenseRefusals.feeNotSet(year));
    }

    /**
     * Renews a licence (تمدید پروانه) in its renewal window or grace period, recording the fee
     * (one tenth of this year's issuance fee, plus the late fee in the grace period).
     * {@code expectedVersion} is the version the clerk saw: if another clerk changed the licence
     * meanwhile, this one is told instead of renewing twice. An open revocation case holds the
     * renewal until the case is decided.
     */
    public License renew(long licenseId, long expectedVersion, String receiptRef) {
        License license = lockInScope(licenseId, Role.POST_CLERK);
        license.requireVersion(expectedVersion);
        if (renewalHolds.revocationCaseOpen(license)) {
            throw LicenseRefusals.revocationCaseOpen();
        }
        String receipt = requireUnusedReceipt(receiptRef);
        RenewalTerms terms = RenewalTerms.of(em.find(OfficeTypePolicy.class, license.getOfficeType()));
        LocalDate today = LocalDate.now(clock);
        License.RenewalTiming timing = audit.changeAndReturn("LICENSE_RENEWED", license, null,
                l -> l.renew(today, terms, access.actor(), clock.instant()));
        long issuance = issuanceFee(license.getOfficeType(), today);
        boolean late = timing == License.RenewalTiming.IN_GRACE;
        long fee = late ? Fees.lateRenewal(issuance, terms.lateFeePercent()) : Fees.renewal(issuance);
        em.persist(new Payment(license, late ? Payment.Kind.RENEWAL_LATE : Payment.Kind.RENEWAL, fee, receipt, clock.instant()));
        return license;
    }

    /**
     * Transfers a valid licence to a new holder (واگذاری پروانه). Every check must be recorded
     * as passed; transfer by power of attorney is forbidden; a licence transferred within the
     * last {@code retransfer_years} (default 3) is not transferred again ({@link TransferPolicy}).
     */
    public License transfer(long licenseId, long expectedVersion, Applicants.PersonDetails newHolder,
                            List<TransferCheckResult> checks, boolean byPowerOfAttorney) {
        License license = lockInScope(licenseId, Role.POST_CLERK);
        license.requireVersion(expectedVersion);
        TransferPolicy policy = TransferPolicy.of(em.find(OfficeTypePolicy.class, license.getOfficeType()), clock.getZone());
        TransferRequest request = new TransferRequest(checks, byPowerOfAttorney);
        return audit.change("LICENSE_TRANSFERRED", license, request.summary(), l -> l.transferTo(() -> applicants.register(newHolder), request,
                policy, LocalDate.now(clock), access.actor(), clock.instant()));
    }

    /** Moves the office within its locality, with the working group's approval on record (جابه‌جایی). */
    public License relocate(long licenseId, long expectedVersion, String newAddress, String newLocality,
                            String approvalRef, LocalDate approvalDate) {
        License license = lockInScope(licenseId, Role.POST_CLERK);
        license.requireVersion(expectedVersion);
        return audit.change("LICENSE_RELOCATED", license, approvalRef,
                l -> l.relocate(newAddress, newLocality, approvalRef, approvalDate, access.actor(), clock.instant()));
    }

    /**
     * Records a temporary booth elsewhere, approved by the working group: never longer than a
     * month in one Jalali year all together, never overlapping another booth, and inside one
     * Jalali year ({@link License#addBooth}).
     */
    public TemporaryBooth addBooth(long licenseId, String place, LocalDate from, LocalDate to, String approvalRef) {
        License license = lockInScope(licenseId, Role.POST_CLERK);
        List<TemporaryBooth> earlier = em.createQuery("SELECT b FROM TemporaryBooth b WHERE b.license = :l", TemporaryBooth.class)
                .setParameter("l", license).getResultList();
        TemporaryBooth booth = license.addBooth(new BoothPlan(place, from, to, approvalRef), earlier, access.actor(),
                clock.instant());
        em.persist(booth);
        em.flush();
        audit.record(new AuditLog.Change("BOOTH_ADDED", license.auditType(), license.auditId(), license.auditProvinceId(),
                license.auditCountyId(), null, Map.of("place", booth.getPlace(), "from", from.toString(), "to", to.toString()),
                approvalRef));
        return booth;
    }

    /** The holder gives the licence up; its slot goes to the next applicant on the waitlist. */
    public License surrender(long licenseId, long expectedVersion, String reason) {
        // Same lock order as issuance (capacity book, then licence), so the two never deadlock.
        License license = get(licenseId);
        access.requireCounty(license.getCounty(), Role.POST_CLERK);
        CapacityBook book = slots.lock(license.getCounty().getId(), license.getOfficeType());
        em.refresh(license, LockModeType.PESSIMISTIC_WRITE);
        license.requireVersion(expectedVersion);
        String why = Refusals.requireReason(reason, "ابطال", "surrender");
        audit.change("LICENSE_SURRENDERED", license, reason, l -> l.surrender(why, access.actor(), clock.instant()));
        slots.release(book);
        return license;
    }

    /**
     * Ends a suspension whose last day has passed (رفع تعلیق). The nightly check calls this for
     * every suspension that ended; a clerk may do it for one licence the same way.
     */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.ADMIN_NAME})
    public License reinstate(long licenseId) {
        License license = access.inScopeOfClerkOrNationalAdmin(
                em.find(License.class, licenseId, LockModeType.PESSIMISTIC_WRITE), License::getCounty,
                LicenseRefusals::notFound); // RoleSet.CLERK_OR_ADMIN
        return audit.change("LICENSE_REINSTATED", license, null,
                l -> l.reinstate(LocalDate.now(clock), access.actor(), clock.instant()));
    }

    /** The licence, locked for a change, if the caller's scope covers its county. */
    private License lockInScope(long licenseId, Role... roles) {
        return access.inScope(em.find(License.class, licenseId, LockModeType.PESSIMISTIC_WRITE), License::getCounty,
                LicenseRefusals::notFound, roles);
    }

    private String requireUnusedReceipt(String receiptRef) {
        if (receiptRef == null || receiptRef.isBlank()) {
            throw LicenseRefusals.receiptRequired();
        }
        String receipt = receiptRef.trim();
        if (!em.createQuery("SELECT p FROM Payment p WHERE p.receiptRef = :r", Payment.class).setParameter("r", receipt)
                .getResultList().isEmpty()) {
            throw LicenseRefusals.receiptUsed();
        }
        return receipt;
    }

    /**
     * Searches licences within the caller's scope by licence number, the holder's national code
     * or name, or the office name (Persian normalised, so «علي» finds «علی»); optionally by status
     * and county. Newest first, paginated.
     */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<License> search(String query, LicenseStatus status, Long countyId, int offset, int limit) {
        ScopedQuery q = ScopedQuery.from("SELECT l FROM License l", "l.county",
                access.caller().reach(RoleSet.COUNTY_STAFF.roles()));
        if (query != null && !query.isBlank()) {
            String like = PersianText.containsPattern(query);
            q.and("(l.number LIKE :upper OR l.holder.nationalCode = :code OR l.holder.searchKey LIKE :like"
                    + " OR LOWER(l.officeName) LIKE :like)", Map.of("upper", like.toUpperCase(Locale.ROOT),
                    "code", PersianText.searchKey(query), "like", like));
        }
        return q.and("l.status = :status", "status", status)
                .inCounty(countyId)
                .list(em, License.class, "l.id DESC", offset, limit);
    }

    /** A county's licences, newest first. */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<License> ofCounty(long countyId, int offset, int limit) {
        access.county(countyId, RoleSet.COUNTY_STAFF.roles());
        return em.createQuery("SELECT l FROM License l WHERE l.county.id = :countyId ORDER BY l.id DESC", License.class)
                .setParameter("countyId", countyId).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(1, limit), 500)).getResultList();
    }

    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public License get(long licenseId) {
        License license = access.inScope(em.find(License.class, licenseId), License::getCounty, LicenseRefusals::notFound,
                RoleSet.COUNTY_STAFF.roles());
        license.getEvents().size();
        return license;
    }

    /** The licences of the offices the caller manages (office managers). */
    @RolesAllowed(Role.OFFICE_MANAGER_NAME)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<License> mine() {
        var ids = access.caller().managedOffices();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<License> found = em.createQuery("SELECT l FROM License l WHERE l.id IN :ids ORDER BY l.id", License.class)
                .setParameter("ids", ids).getResultList();
        found.forEach(l -> l.getEvents().size());
        return found;
    }
}
