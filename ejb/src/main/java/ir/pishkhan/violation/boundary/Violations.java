package ir.pishkhan.violation.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.calendar.control.WorkingCalendar;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseRefusals;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.ScopedQuery;
import ir.pishkhan.security.control.Caller;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.shared.error.Refusals;
import ir.pishkhan.violation.entity.ReportOrigin;
import ir.pishkhan.violation.entity.ReportRefusals;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.violation.control.AttachmentCheck;
import ir.pishkhan.violation.control.Reports;
import ir.pishkhan.violation.control.SanctionLadder;
import ir.pishkhan.violation.entity.Attachment;
import ir.pishkhan.violation.entity.ReportStatus;
import ir.pishkhan.violation.entity.Severity;
import ir.pishkhan.violation.entity.ViolationCategory;
import ir.pishkhan.violation.entity.ViolationReport;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Violation reports from filing to the notice and the office's defence: agencies report offices
 * they work with, the county post office screens reports and sends notices, the office manager
 * defends. (Sessions and decisions are the working group's: see {@code WorkingGroups}.)
 */
@Stateless
@RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
        Role.AGENCY_REPORTER_NAME, Role.OFFICE_MANAGER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.EVERYONE_SIGNED_IN
public class Violations {

    /** Staff who read reports of their county or province. */
    private static final Role[] READERS = RoleSet.COUNTY_STAFF.roles();

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Reports reports;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    // ---- categories ------------------------------------------------------------------------

    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AGENCY_REPORTER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF_AND_AGENCIES
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ViolationCategory> categories() {
        return em.createQuery("SELECT c FROM ViolationCategory c ORDER BY c.active DESC, c.severity, c.code",
                ViolationCategory.class).getResultList();
    }

    /** Adds a category or changes one (name, severity, points, active). */
    @RolesAllowed(Role.ADMIN_NAME)
    public ViolationCategory saveCategory(String code, String nameFa, Severity severity, int points, boolean active,
                                          String reason) {
        access.requireNational(Role.ADMIN);
        Refusals.requireReason(reason, "تغییر", "the change");
        ViolationCategory category = code == null ? null : em.find(ViolationCategory.class, code, LockModeType.PESSIMISTIC_WRITE);
        if (category != null) {
            return audit.change("CATEGORY_CHANGED", category, reason, c -> c.change(nameFa, severity, points, active));
        }
        ViolationCategory added = new ViolationCategory(code, nameFa, severity, points);
        added.change(nameFa, severity, points, active);
        em.persist(added);
        return audit.created("CATEGORY_ADDED", added, reason);
    }

    // ---- filing ----------------------------------------------------------------------------

    /**
     * An agency's reporter reports an office its agency has a current (active or suspended)
     * contract with, within the reporter's county or province. Reporters of several agencies
     * name the agency; with one, it is implied.
     */
    @RolesAllowed(Role.AGENCY_REPORTER_NAME)
    public ViolationReport report(long licenseId, Agency agency, String categoryCode, String description,
                                  LocalDate occurredOn) {
        License license = em.find(License.class, licenseId);
        if (license == null) {
            throw BusinessException.forbidden();
        }
        Caller caller = access.caller();
        County county = license.getCounty();
        Agency reporting = agency;
        if (reporting == null) {
            List<Agency> mine = caller.grants().stream().filter(g -> g.role() == Role.AGENCY_REPORTER && g.agency() != null)
                    .map(Caller.Grant::agency).distinct().toList();
            reporting = mine.size() == 1 ? mine.get(0) : null;
        }
        if (reporting == null || !caller.reportsFor(reporting, county.getProvince().getId(), county.getId())) {
            throw BusinessException.forbidden();
        }
        long contracts = em.createQuery("SELECT COUNT(c) FROM ServiceContract c WHERE c.license = :l AND c.agency = :a"
                        + " AND c.status <> :ended", Long.class)
                .setParameter("l", license).setParameter("a", reporting)
                .setParameter("ended", ServiceContract.Status.ENDED).getSingleResult();
        if (contracts == 0) {
            throw BusinessException.rule("NO_CONTRACT_WITH_OFFICE",
                    "دستگاه شما با این دفتر قرارداد جاری ندارد و نمی‌تواند از آن گزارش تخلف ثبت کند.",
                    "Your agency has no current contract with this office and cannot report it.");
        }
        if (!license.getStatus().occupiesSlot()) {
            throw LicenseRefusals.notActive("این دفتر پروانهٔ فعالی ندارد.",
                    "The office holds no active licence.");
        }
        return reports.open(license, reports.category(categoryCode), ReportOrigin.agency(reporting), description,
                occurredOn, caller.username());
    }

    // ---- reading ---------------------------------------------------------------------------

    /** A report, for staff of its county or province, the reporter who filed it, and (after the notice) its office. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ViolationReport get(long reportId) {
        return readable(em.find(ViolationReport.class, reportId));
    }

    private ViolationReport readable(ViolationReport report) {
        Caller caller = access.caller();
        if (report != null) {
            County c = report.getCounty();
            if (caller.coversCounty(c.getProvince().getId(), c.getId(), READERS)
                    || (!caller.isAnonymous() && caller.username().equals(report.getReportedBy())
                        && caller.hasAny(Role.AGENCY_REPORTER))
                    || (caller.managesOffice(report.getLicense().getId()) && report.getNoticeSentAt() != null)) {
                return report;
            }
        }
        throw report == null && caller.isNational(READERS) ? ReportRefusals.notFound() : BusinessException.forbidden();
    }

    /** Reports within the caller's scope, newest first; optionally of one county, status or licence. */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ViolationReport> search(Long countyId, ReportStatus status, Long licenseId, int offset, int limit) {
        return ScopedQuery.from("SELECT r FROM ViolationReport r", "r.county", access.caller().reach(READERS))
                .inCounty(countyId)
                .and("r.status = :status", "status", status)
                .within("r.license.id = :licenseId", "licenseId", licenseId, License.class, License::getCounty,
                        () -> LicenseRefusals.notFound())
                .list(em, ViolationReport.class, "r.id DESC", offset, limit);
    }

    /** The reports the caller filed (agency reporters), newest first. */
    @RolesAllowed(Role.AGENCY_REPORTER_NAME)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ViolationReport> filedByMe() {
        return em.createQuery("SELECT r FROM ViolationReport r WHERE r.reportedBy = :me ORDER BY r.id DESC",
                ViolationReport.class).setParameter("me", access.actor()).setMaxResults(200).getResultList();
    }

    /** The notices the caller's offices received (office managers), newest first. */
    @RolesAllowed(Role.OFFICE_MANAGER_NAME)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ViolationReport> noticesOfMyOffices() {
        var offices = access.caller().managedOffices();
        if (offices.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM ViolationReport r WHERE r.license.id IN :ids AND r.noticeSentAt IS NOT NULL"
                + " ORDER BY r.id DESC", ViolationReport.class).setParameter("ids", offices).setMaxResults(200).getResultList();
    }

    /** What the repeat-offence ladder suggests for this report (readers of the county). */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SanctionLadder.Suggestion suggestion(long reportId) {
        ViolationReport report = access.inScope(em.find(ViolationReport.class, reportId), ViolationReport::getCounty,
                ReportRefusals::notFound, READERS);
        return reports.suggest(report);
    }

    // ---- screening and notice --------------------------------------------------------------

    /** The post office's screening: founded (ACCEPTED) or unfounded (DISMISSED, reason required). */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public ViolationReport screen(long reportId, long expectedVersion, boolean founded, String note) {
        ViolationReport report = lockInScope(reportId, expectedVersion, Role.POST_CLERK);
        String actor = access.actor();
        return audit.change(founded ? "VIOLATION_ACCEPTED" : "VIOLATION_DISMISSED", report, note,
                r -> r.screen(founded, note, actor, clock.instant()));
    }

    /**
     * Sends the office its notice (اخطاریه) with a defence deadline in working days, and queues
     * the message to the licence holder.
     */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public ViolationReport sendNotice(long reportId, long expectedVersion) {
        ViolationReport report = lockInScope(reportId, expectedVersion, Role.POST_CLERK);
        County county = report.getCounty();
        LocalDate due = calendar.addWorkingDays(county.getProvince().getId(), LocalDate.now(clock), Reports.defenceDays());
        return audit.change("VIOLATION_NOTICE_SENT", report, null, r -> {
            r.sendNotice(due, clock.instant());
            License license = r.getLicense();
            outbox.queue("VIOLATION_NOTICE:" + r.getId() + ":holder", Outbox.Recipient.mobile(license.getHolder().getPhone()),
                    "VIOLATION_NOTICE", Map.of("licenseNumber", license.getNumber(), "officeName", license.getOfficeName(),
                            "category", r.getCategory().getNameFa(), "defenceDue", JalaliDates.format(due)));
        });
    }

    /** The office manager's defence, with the deadline and state checks of the report. */
    @RolesAllowed(Role.OFFICE_MANAGER_NAME)
    public ViolationReport defend(long reportId, String text) {
        ViolationReport report = em.find(ViolationReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null || !access.caller().managesOffice(report.getLicense().getId())) {
            throw BusinessException.forbidden();
        }
        String actor = access.actor();
        Instant now = clock.instant();
        return audit.change("VIOLATION_DEFENDED", report, null, r -> r.defend(text, actor, LocalDate.now(clock), now));
    }

    // ---- attachments -----------------------------------------------------------------------

    /**
     * Adds a document to the report's file: EVIDENCE from the reporter who filed it or the
     * county's clerk while the report is open; DEFENCE from the office's manager until the
     * defence deadline.
     */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.AGENCY_REPORTER_NAME, Role.OFFICE_MANAGER_NAME}) // RoleSet.EVIDENCE_SENDERS
    public Attachment attach(long reportId, Attachment.Kind kind, String fileName, byte[] content) {
        ViolationReport report = em.find(ViolationReport.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw BusinessException.forbidden();
        }
        Caller caller = access.caller();
        County county = report.getCounty();
        LocalDate today = LocalDate.now(clock);
        if (kind == Attachment.Kind.DEFENCE) {
            if (!caller.managesOffice(report.getLicense().getId())) {
                throw BusinessException.forbidden();
            }
            boolean open = (report.getStatus() == ReportStatus.NOTICE_SENT || report.getStatus() == ReportStatus.ON_AGENDA)
                    && !today.isAfter(report.getDefenceDue());
            if (!open) {
                throw BusinessException.rule("DEFENCE_CLOSED", "مهلت ارسال مدارک دفاعیه برای این گزارش گذشته است.",
                        "Defence documents can no longer be added to this report.");
            }
        } else {
            boolean own = caller.hasAny(Role.AGENCY_REPORTER) && caller.username().equals(report.getReportedBy());
            if (!own && !caller.coversCounty(county.getProvince().getId(), county.getId(), Role.POST_CLERK)) {
                throw BusinessException.forbidden();
            }
            if (!report.getStatus().isOpen()) {
                throw BusinessException.rule("REPORT_CLOSED", "پروندهٔ این گزارش بسته شده است.",
                        "The report is closed; no evidence can be added.");
            }
        }
        long already = em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.report = :r", Long.class)
                .setParameter("r", report).getSingleResult();
        if (already >= Setting.ATTACHMENT_MAX_PER_REPORT.integer()) {
            throw BusinessException.rule("TOO_MANY_ATTACHMENTS", "تعداد پیوست‌های این گزارش به سقف رسیده است.",
                    "This report has as many attachments as allowed.");
        }
        AttachmentCheck.Accepted ok = AttachmentCheck.check(fileName, content,
                Setting.ATTACHMENT_MAX_BYTES.integer());
        Attachment attachment = new Attachment(report, kind == null ? Attachment.Kind.EVIDENCE : kind, ok.fileName(),
                ok.contentType(), content, ok.sha256(), caller.username(), clock.instant());
        em.persist(attachment);
        em.flush();
        audit.record(new AuditLog.Change("ATTACHMENT_ADDED", report.auditType(), report.getId(), report.auditProvinceId(),
                report.auditCountyId(), null, Map.of("attachment", attachment.getId(), "kind", attachment.getKind().name(),
                "fileName", ok.fileName(), "sha256", ok.sha256(), "size", content.length), null));
        return attachment;
    }

    /** The report's documents (without their content), for whoever may read the report. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Attachment> attachments(long reportId) {
        ViolationReport report = get(reportId);
        return em.createQuery("SELECT a FROM Attachment a WHERE a.report = :r ORDER BY a.id", Attachment.class)
                .setParameter("r", report).getResultList();
    }

    /** One document with its content, for whoever may read the report. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Attachment attachment(long reportId, long attachmentId) {
        ViolationReport report = get(reportId);
        Attachment a = em.find(Attachment.class, attachmentId);
        if (a == null || !a.getReport().getId().equals(report.getId())) {
            throw BusinessException.notFound("ATTACHMENT_NOT_FOUND", "پیوست یافت نشد.", "Attachment not found.");
        }
        a.getContent();
        return a;
    }

    // ---- helpers ---------------------------------------------------------------------------

    private ViolationReport lockInScope(long reportId, long expectedVersion, Role... roles) {
        ViolationReport report = access.inScope(em.find(ViolationReport.class, reportId, LockModeType.PESSIMISTIC_WRITE),
                ViolationReport::getCounty, ReportRefusals::notFound, roles);
        report.requireVersion(expectedVersion);
        return report;
    }
}
