package ir.pishkhan.license.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.control.Applicants;
import ir.pishkhan.capacity.control.Slots;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.ApplicationStatus;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.capacity.entity.RequiredDocument;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.Payment;
import ir.pishkhan.office.entity.OfficeTypePolicy;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.ScopedQuery;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianNumbers;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issuing licences (صدور پروانه) in the county post office: from an application that holds a
 * slot, or directly when the county has a free slot and nobody waits. Every issuance takes the
 * county's capacity-book lock first, so concurrent clerks can never issue past capacity.
 */
@Stateless
public class Licenses {

    static final Role[] READERS = {Role.POST_CLERK, Role.WG_MEMBER, Role.WG_SECRETARY, Role.PROVINCE_OFFICIAL,
            Role.AUDITOR, Role.ADMIN};

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Slots slots;

    @Inject
    Applicants applicants;

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
    @RolesAllowed(Role.POST_CLERK_NAME)
    public License issue(long applicationId, OfficeDetails office) {
        Application application = access.inScope(em.find(Application.class, applicationId), Application::getCounty,
                Licenses::applicationNotFound, Role.POST_CLERK);
        CapacityBook book = slots.lock(application.getCounty().getId(), application.getOfficeType());
        em.refresh(application);
        if (application.getStatus() == ApplicationStatus.WAITING) {
            book.reserve();
            Application head = em.createNamedQuery(Application.WAITLIST, Application.class)
                    .setParameter("countyId", application.getCounty().getId())
                    .setParameter("type", application.getOfficeType()).setMaxResults(1).getSingleResult();
            if (!head.getId().equals(application.getId())) {
                throw BusinessException.rule("NOT_FIRST_IN_LINE",
                        "متقاضیان دیگری پیش از این درخواست در صف انتظارند؛ پروانه به ترتیب صف صادر می‌شود.",
                        "Other applicants wait ahead of this application; licences are issued in waitlist order.");
            }
        } else if (application.getStatus() != ApplicationStatus.HOLDING_SLOT) {
            throw BusinessException.rule("APPLICATION_HOLDS_NO_SLOT",
                    "این درخواست در وضعیت «" + application.getStatus().persianName() + "» است و ظرفیتی در اختیار ندارد.",
                    "The application is " + application.getStatus() + " and holds no slot.");
        }
        return issueOn(application, book, office);
    }

    /**
     * Registers the applicant and issues at once, for a county with a free slot and nobody on its
     * waitlist for this office type. Refused with CAPACITY_FULL when no slot is free.
     */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public License issueDirect(Applicants.Submission submission, OfficeDetails office) {
        County county = access.county(submission.countyId(), Role.POST_CLERK);
        CapacityBook book = slots.lock(county.getId(), submission.officeType());
        book.reserve();
        long waiting = em.createNamedQuery(Application.WAITING_COUNT, Long.class).setParameter("countyId", county.getId())
                .setParameter("type", submission.officeType()).getSingleResult();
        if (waiting > 0) {
            throw BusinessException.rule("WAITLIST_NOT_EMPTY",
                    PersianNumbers.quantity(waiting) + " متقاضی در صف انتظار این شهرستان است؛ پروانه از صف صادر می‌شود.",
                    waiting + " applicants are waiting in this county; issue from the waitlist.");
        }
        Application application = applicants.open(submission, county);
        audit.record(new AuditLog.Change("APPLICATION_SUBMITTED", "Application", application.getId(),
                county.getProvince().getId(), county.getId(), null, application.snapshot(), "صدور مستقیم، بدون صف انتظار"));
        return issueOn(application, book, office);
    }

    private License issueOn(Application application, CapacityBook book, OfficeDetails office) {
        Set<RequiredDocument> missing = application.missingDocuments();
        if (!missing.isEmpty()) {
            throw BusinessException.rule("DOCUMENTS_MISSING", "مدارک زیر بررسی نشده‌اند: "
                    + missing.stream().map(RequiredDocument::persianName).collect(Collectors.joining("، ")),
                    "Documents not checked yet: " + missing);
        }
        String receipt = requireUnusedReceipt(office.receiptRef());
        LocalDate today = LocalDate.now(clock);
        OfficeTypePolicy policy = em.find(OfficeTypePolicy.class, application.getOfficeType());
        long fee = issuanceFee(application.getOfficeType(), today);
        application.licensed(clock.instant());
        County county = application.getCounty();
        String number = LicenseNumbers.format(county.getId(), application.getOfficeType(), book.takeSerial());
        License license = License.issue(number, application.getApplicant(), county, application.getOfficeType(),
                office.officeName(), office.address(),
                office.locality() == null || office.locality().isBlank() ? application.getProposedLocality() : office.locality(),
                today, policy.getValidityYears(), application.getId(), access.actor(), clock.instant());
        em.persist(license);
        em.persist(new Payment(license, Payment.Kind.ISSUANCE, fee, receipt, clock.instant()));
        em.flush();
        audit.record(new AuditLog.Change("LICENSE_ISSUED", "License", license.getNumber(), county.getProvince().getId(),
                county.getId(), null, license.snapshot(), null));
        return license;
    }

    private long issuanceFee(ir.pishkhan.office.entity.OfficeType type, LocalDate today) {
        int year = JalaliDates.jalaliYear(today);
        List<?> fee = em.createNativeQuery("SELECT issuance_fee FROM fee_schedule WHERE office_type = ? AND jalali_year = ?")
                .setParameter(1, type.name()).setParameter(2, year).getResultList();
        if (fee.isEmpty()) {
            throw BusinessException.rule("FEE_NOT_SET", "هزینهٔ صدور برای سال " + PersianNumbers.digits(year) + " تعیین نشده است.",
                    "No issuance fee is set for the year " + year + ".");
        }
        return ((Number) fee.get(0)).longValue();
    }

    /**
     * Renews a licence (تمدید پروانه) in its renewal window or grace period, recording the fee
     * (one tenth of this year's issuance fee, plus the late fee in the grace period).
     * {@code expectedVersion} is the version the clerk saw: if another clerk changed the licence
     * meanwhile, this one is told instead of renewing twice.
     */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public License renew(long licenseId, long expectedVersion, String receiptRef) {
        License license = lockInScope(licenseId, Role.POST_CLERK);
        requireVersion(license, expectedVersion);
        // The case lives in the revocation context; asked by entity name to keep the dependency one-way.
        long pendingCases = em.createQuery("SELECT COUNT(c) FROM RevocationCase c WHERE c.license = :l"
                + " AND c.status IN (ir.pishkhan.revocation.entity.RevocationCase.Status.OPEN, ir.pishkhan.revocation.entity.RevocationCase.Status.RETURNED)", Long.class).setParameter("l", license).getSingleResult();
        if (pendingCases > 0) {
            throw BusinessException.rule("REVOCATION_CASE_OPEN",
                    "پروندهٔ لغو این پروانه در استان باز است؛ تا تعیین تکلیف آن تمدید ممکن نیست.",
                    "A revocation case is open for this licence; it cannot be renewed until the case is decided.");
        }
        String receipt = requireUnusedReceipt(receiptRef);
        OfficeTypePolicy policy = em.find(OfficeTypePolicy.class, license.getOfficeType());
        Map<String, Object> before = license.snapshot();
        LocalDate today = LocalDate.now(clock);
        License.RenewalTiming timing = license.renew(today, policy.getRenewalWindowDays(), policy.getGraceDays(),
                policy.getValidityYears(), access.actor(), null, clock.instant());
        long issuance = issuanceFee(license.getOfficeType(), today);
        boolean late = timing == License.RenewalTiming.IN_GRACE;
        long fee = late ? ir.pishkhan.license.control.Fees.lateRenewal(issuance, policy.getLateFeePercent())
                : ir.pishkhan.license.control.Fees.renewal(issuance);
        Payment.Kind kind = late ? Payment.Kind.RENEWAL_LATE : Payment.Kind.RENEWAL;
        em.persist(new Payment(license, kind, fee, receipt, clock.instant()));
        em.flush();
        audit.record(new AuditLog.Change("LICENSE_RENEWED", "License", license.getNumber(),
                license.getCounty().getProvince().getId(), license.getCounty().getId(), before, license.snapshot(), null));
        return license;
    }

    /** One transfer check as the clerk recorded it. */
    public record CheckResult(ir.pishkhan.license.entity.TransferCheck check, LocalDate date, boolean passed,
                              String reference) implements java.io.Serializable {
    }

    /**
     * Transfers a valid licence to a new holder (واگذاری پروانه). Every check must be recorded
     * as passed; transfer by power of attorney is forbidden; a licence transferred within the
     * last {@code retransfer_years} (default 3) is not transferred again.
     */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public License transfer(long licenseId, long expectedVersion, Applicants.PersonDetails newHolder,
                            List<CheckResult> checks, boolean byPowerOfAttorney) {
        License license = lockInScope(licenseId, Role.POST_CLERK);
        requireVersion(license, expectedVersion);
        if (byPowerOfAttorney) {
            throw BusinessException.rule("TRANSFER_BY_ATTORNEY", "واگذاری پروانه با وکالت‌نامه ممنوع است.",
                    "Transfer by power of attorney is forbidden.");
        }
        LocalDate today = LocalDate.now(clock);
        if (license.getExpiryDate().isBefore(today)) {
            throw BusinessException.rule("LICENSE_EXPIRED", "پروانهٔ منقضی واگذار نمی‌شود؛ ابتدا آن را تمدید کنید.",
                    "An expired licence cannot be transferred; renew it first.");
        }
        java.util.Map<ir.pishkhan.license.entity.TransferCheck, CheckResult> byType = new java.util.EnumMap<>(
                ir.pishkhan.license.entity.TransferCheck.class);
        for (CheckResult c : checks == null ? List.<CheckResult>of() : checks) {
            if (c != null && c.check() != null) {
                byType.put(c.check(), c);
            }
        }
        for (ir.pishkhan.license.entity.TransferCheck required : ir.pishkhan.license.entity.TransferCheck.values()) {
            CheckResult c = byType.get(required);
            if (c == null || c.date() == null) {
                throw BusinessException.rule("TRANSFER_CHECK_MISSING",
                        "نتیجهٔ «" + required.persianName() + "» با تاریخ آن ثبت نشده است.",
                        "The result of " + required + " with its date is not recorded.");
            }
            if (!c.passed()) {
                throw BusinessException.rule("TRANSFER_CHECK_FAILED",
                        "«" + required.persianName() + "» تأیید نشده است؛ واگذاری ممکن نیست.",
                        required + " did not pass; the transfer is refused.");
            }
        }
        OfficeTypePolicy policy = em.find(OfficeTypePolicy.class, license.getOfficeType());
        license.lastTransfer().ifPresent(last -> {
            LocalDate allowedFrom = last.atZone(clock.getZone()).toLocalDate().plusYears(policy.getRetransferYears());
            if (today.isBefore(allowedFrom)) {
                throw BusinessException.rule("TRANSFER_TOO_SOON",
                        "این پروانه در " + PersianNumbers.quantity(policy.getRetransferYears()) + " سال گذشته واگذار شده است؛ واگذاری دوباره از "
                                + JalaliDates.format(allowedFrom) + " ممکن است.",
                        "The licence was transferred within the last " + policy.getRetransferYears()
                                + " years; it can be transferred again from " + allowedFrom + ".");
            }
        });
        Map<String, Object> before = license.snapshot();
        String summary = byType.values().stream().map(c -> c.check().persianName() + ": تأیید "
                + JalaliDates.format(c.date()) + (c.reference() == null || c.reference().isBlank() ? "" : " (" + c.reference().trim() + ")"))
                .collect(Collectors.joining("؛ "));
        license.transferTo(applicants.register(newHolder), summary, access.actor(), clock.instant());
        em.flush();
        audit.record(new AuditLog.Change("LICENSE_TRANSFERRED", "License", license.getNumber(),
                license.getCounty().getProvince().getId(), license.getCounty().getId(), before, license.snapshot(), summary));
        return license;
    }

    /** Moves the office within its locality, with the working group's approval on record (جابه‌جایی). */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public License relocate(long licenseId, long expectedVersion, String newAddress, String newLocality,
                            String approvalRef, LocalDate approvalDate) {
        License license = lockInScope(licenseId, Role.POST_CLERK);
        requireVersion(license, expectedVersion);
        Map<String, Object> before = license.snapshot();
        license.relocate(newAddress, newLocality, approvalRef, approvalDate, access.actor(), clock.instant());
        em.flush();
        audit.record(new AuditLog.Change("LICENSE_RELOCATED", "License", license.getNumber(),
                license.getCounty().getProvince().getId(), license.getCounty().getId(), before, license.snapshot(),
                approvalRef));
        return license;
    }

    /**
     * Records a temporary booth elsewhere, approved by the working group: never longer than a
     * month in one Jalali year all together, never overlapping another booth, and inside one
     * Jalali year.
     */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public ir.pishkhan.license.entity.TemporaryBooth addBooth(long licenseId, String place, LocalDate from, LocalDate to,
                                                             String approvalRef) {
        License license = lockInScope(licenseId, Role.POST_CLERK);
        if (!license.allows(License.Action.ADD_BOOTH)) {
            throw BusinessException.rule("LICENSE_NOT_ACTIVE", "برای پروانهٔ غیرفعال غرفهٔ موقت ثبت نمی‌شود.",
                    "No booth can be recorded for a licence that is not active.");
        }
        var booth = new ir.pishkhan.license.entity.TemporaryBooth(license, place, from, to, approvalRef, clock.instant());
        int year = JalaliDates.jalaliYear(from);
        if (JalaliDates.jalaliYear(to) != year) {
            throw BusinessException.rule("BOOTH_CROSSES_YEAR", "غرفهٔ موقت باید در یک سال شمسی باشد؛ آن را در دو بخش ثبت کنید.",
                    "A booth must lie within one Jalali year; record it in two parts.");
        }
        var earlier = em.createQuery("SELECT b FROM TemporaryBooth b WHERE b.license = :l", ir.pishkhan.license.entity.TemporaryBooth.class)
                .setParameter("l", license).getResultList();
        if (earlier.stream().anyMatch(booth::overlaps)) {
            throw BusinessException.rule("BOOTH_OVERLAPS", "این بازه با غرفهٔ موقت دیگری هم‌پوشانی دارد.",
                    "The dates overlap another booth.");
        }
        long used = earlier.stream().filter(b -> JalaliDates.jalaliYear(b.getStartDate()) == year)
                .mapToLong(ir.pishkhan.license.entity.TemporaryBooth::days).sum();
        if (used + booth.days() > ir.pishkhan.license.entity.TemporaryBooth.MAX_DAYS_A_YEAR) {
            throw BusinessException.rule("BOOTH_LIMIT",
                    "غرفهٔ موقت حداکثر " + PersianNumbers.quantity(ir.pishkhan.license.entity.TemporaryBooth.MAX_DAYS_A_YEAR) + " روز در سال مجاز است؛ "
                            + PersianNumbers.quantity(used) + " روز از سال " + PersianNumbers.digits(year) + " پیش‌تر استفاده شده است.",
                    "Temporary booths may total at most " + ir.pishkhan.license.entity.TemporaryBooth.MAX_DAYS_A_YEAR
                            + " days a year; " + used + " days of " + year + " are used already.");
        }
        em.persist(booth);
        license.recordBooth(booth.getPlace(), JalaliDates.format(from), JalaliDates.format(to), booth.getApprovalRef(),
                access.actor(), clock.instant());
        em.flush();
        audit.record(new AuditLog.Change("BOOTH_ADDED", "License", license.getNumber(), license.getCounty().getProvince().getId(),
                license.getCounty().getId(), null, Map.of("place", booth.getPlace(), "from", from.toString(), "to", to.toString()),
                approvalRef));
        return booth;
    }

    /** The holder gives the licence up; its slot goes to the next applicant on the waitlist. */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public License surrender(long licenseId, long expectedVersion, String reason) {
        // Same lock order as issuance (capacity book, then licence), so the two never deadlock.
        License license = get(licenseId);
        access.requireCounty(license.getCounty(), Role.POST_CLERK);
        CapacityBook book = slots.lock(license.getCounty().getId(), license.getOfficeType());
        em.refresh(license, LockModeType.PESSIMISTIC_WRITE);
        requireVersion(license, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("REASON_REQUIRED", "دلیل ابطال را بنویسید.", "Give the reason for surrender.");
        }
        Map<String, Object> before = license.snapshot();
        license.surrender(reason.trim(), access.actor(), clock.instant());
        em.flush();
        audit.record(new AuditLog.Change("LICENSE_SURRENDERED", "License", license.getNumber(),
                license.getCounty().getProvince().getId(), license.getCounty().getId(), before, license.snapshot(), reason));
        slots.release(book);
        return license;
    }

    /**
     * Ends a suspension whose last day has passed (رفع تعلیق). The nightly check calls this for
     * every suspension that ended; a clerk may do it for one licence the same way.
     */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.ADMIN_NAME})
    public License reinstate(long licenseId) {
        License license = lockInScope(licenseId, Role.POST_CLERK, Role.ADMIN);
        Map<String, Object> before = license.snapshot();
        license.reinstate(LocalDate.now(clock), access.actor(), clock.instant());
        em.flush();
        audit.record(new AuditLog.Change("LICENSE_REINSTATED", "License", license.getNumber(),
                license.getCounty().getProvince().getId(), license.getCounty().getId(), before, license.snapshot(), null));
        return license;
    }

    private static void requireVersion(License license, long expectedVersion) {
        if (license.getVersion() != expectedVersion) {
            throw BusinessException.conflict("STALE_VERSION",
                    "این پروانه هم‌زمان توسط همکار دیگری تغییر کرده است؛ صفحه را تازه کنید و دوباره بررسی کنید.",
                    "Another clerk changed this licence meanwhile; reload it and check again.");
        }
    }

    /** The licence, locked for a change, if the caller's scope covers its county. */
    private License lockInScope(long licenseId, Role... roles) {
        return access.inScope(em.find(License.class, licenseId, LockModeType.PESSIMISTIC_WRITE), License::getCounty,
                Licenses::licenseNotFound, roles);
    }

    private String requireUnusedReceipt(String receiptRef) {
        if (receiptRef == null || receiptRef.isBlank()) {
            throw BusinessException.invalid("RECEIPT_REQUIRED", "شمارهٔ رسید پرداخت را وارد کنید.",
                    "The receipt reference of the payment is required.");
        }
        String receipt = receiptRef.trim();
        if (!em.createQuery("SELECT p FROM Payment p WHERE p.receiptRef = :r", Payment.class).setParameter("r", receipt)
                .getResultList().isEmpty()) {
            throw BusinessException.conflict("RECEIPT_USED", "این رسید پیش‌تر برای پرداخت دیگری ثبت شده است.",
                    "This receipt was already recorded for another payment.");
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
    public List<License> search(String query, ir.pishkhan.license.entity.LicenseStatus status, Long countyId, int offset,
                                int limit) {
        ScopedQuery q = ScopedQuery.from("SELECT l FROM License l", "l.county", access.caller().reach(READERS));
        if (query != null && !query.isBlank()) {
            String like = ir.pishkhan.shared.text.PersianText.containsPattern(query);
            q.and("(l.number LIKE :upper OR l.holder.nationalCode = :code OR l.holder.searchKey LIKE :like"
                    + " OR LOWER(l.officeName) LIKE :like)", Map.of("upper", like.toUpperCase(java.util.Locale.ROOT),
                    "code", ir.pishkhan.shared.text.PersianText.searchKey(query), "like", like));
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
        access.county(countyId, READERS);
        return em.createQuery("SELECT l FROM License l WHERE l.county.id = :countyId ORDER BY l.id DESC", License.class)
                .setParameter("countyId", countyId).setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.min(Math.max(1, limit), 500)).getResultList();
    }

    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public License get(long licenseId) {
        License license = access.inScope(em.find(License.class, licenseId), License::getCounty, Licenses::licenseNotFound,
                READERS);
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

    private static BusinessException licenseNotFound() {
        return BusinessException.notFound("LICENSE_NOT_FOUND", "پروانه یافت نشد.", "Licence not found.");
    }

    private static BusinessException applicationNotFound() {
        return BusinessException.notFound("APPLICATION_NOT_FOUND", "درخواست یافت نشد.", "Application not found.");
    }
}
