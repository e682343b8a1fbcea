package ir.pishkhan.complaint.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.calendar.control.WorkingCalendar;
import ir.pishkhan.complaint.control.TrackingCodes;
import ir.pishkhan.complaint.entity.Complaint;
import ir.pishkhan.complaint.entity.ComplaintRefusals;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.ScopedQuery;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import ir.pishkhan.violation.control.Reports;
import ir.pishkhan.violation.entity.ReportOrigin;
import jakarta.annotation.security.PermitAll;
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
 * Complaints: the public side (find an office, file, track, rate — anonymous, rate-limited by
 * the web tier) and the county post office's side (list and answer). An answer that accepts the
 * complaint opens a violation report in the same transaction.
 */
@Stateless
@RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF; the citizen's side is @PermitAll
public class Complaints {

    /** Who reads the complaints of their county or province. */
    private static final Role[] READERS = RoleSet.COUNTY_STAFF.roles();

    /** Citizens act anonymously in the audit trail. */
    private static final String CITIZEN = "anonymous";

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

    /** An office as the public sees it when choosing whom to complain about. */
    public record PublicOffice(String licenseNumber, String officeName, String county, String province, String locality) implements java.io.Serializable {
    }

    /** A complaint as its citizen sees it by the tracking code: nothing about who handled it. */
    public record Tracking(String trackingCode, String officeName, String licenseNumber, String status, String statusFa,
                           LocalDate filedOn, LocalDate dueOn, String answer, Integer rating, boolean canRate) implements java.io.Serializable {
    }

    /** Offices (active or suspended licences) whose number is the query or whose name contains it; at most 10. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PublicOffice> findOffices(String query) {
        String q = PersianText.normalize(query);
        if (q == null || q.length() < 2) {
            throw BusinessException.invalid("QUERY_TOO_SHORT", "دست‌کم دو نویسه از نام یا شمارهٔ پروانهٔ دفتر را بنویسید.",
                    "Type at least two characters of the office's name or licence number.");
        }
        return em.createQuery("SELECT l FROM License l WHERE l.status IN :live AND (l.number = :number"
                        + " OR LOWER(l.officeName) LIKE :like) ORDER BY l.officeName", License.class)
                .setParameter("live", List.of(LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED))
                .setParameter("number", PersianText.digitsToAscii(q).toUpperCase(Locale.ROOT))
                .setParameter("like", PersianText.containsPattern(q)).setMaxResults(10).getResultStream()
                .map(l -> new PublicOffice(l.getNumber(), l.getOfficeName(), l.getCounty().getNameFa(),
                        l.getCounty().getProvince().getNameFa(), l.getLocality()))
                .toList();
    }

    /** Files a complaint about the office holding this licence; the answer is due in 3 working days. */
    @PermitAll
    public Complaint file(String licenseNumber, String body, String citizenName, String citizenMobile) {
        String number = licenseNumber == null ? "" : PersianText.digitsToAscii(licenseNumber.trim()).toUpperCase(Locale.ROOT);
        License license = em.createNamedQuery(License.BY_NUMBER, License.class).setParameter("number", number)
                .getResultStream().findFirst().filter(l -> l.getStatus().occupiesSlot())
                .orElseThrow(ComplaintRefusals::officeNotFound);
        County county = license.getCounty();
        LocalDate due = calendar.addWorkingDays(county.getProvince().getId(), LocalDate.now(clock), Reports.responseDays());
        String code;
        do {
            code = TrackingCodes.next();
        } while (!em.createQuery("SELECT c.id FROM Complaint c WHERE c.trackingCode = :c", Long.class)
                .setParameter("c", code).getResultList().isEmpty());
        Complaint complaint = new Complaint(code, license, citizenName, citizenMobile, body, due, clock.instant());
        em.persist(complaint);
        audit.created(CITIZEN, "COMPLAINT_FILED", complaint, null);
        outbox.queue("COMPLAINT_FILED:" + complaint.getId() + ":county", Outbox.Recipient.county(county.getId()),
                "COMPLAINT_FILED", Map.of("licenseNumber", license.getNumber(), "trackingCode", code));
        return complaint;
    }

    /** What the citizen sees by the tracking code. Unknown or malformed codes are simply "not found". */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Tracking track(String trackingCode) {
        Complaint c = byCode(trackingCode, false);
        return new Tracking(c.getTrackingCode(), c.getLicense().getOfficeName(), c.getLicense().getNumber(),
                c.getStatus().name(), c.getStatus().persianName(), LocalDate.ofInstant(c.getFiledAt(), clock.getZone()),
                c.getDueOn(), c.getAnswer(), c.getRating(),
                c.getStatus() != Complaint.Status.FILED && c.getRating() == null);
    }

    /** The citizen rates the outcome of an answered complaint, once. */
    @PermitAll
    public Tracking rate(String trackingCode, int stars, String comment) {
        Complaint c = audit.change(CITIZEN, "COMPLAINT_RATED", byCode(trackingCode, true), null,
                k -> k.rate(stars, comment, clock.instant()));
        return track(c.getTrackingCode());
    }

    private Complaint byCode(String trackingCode, boolean lock) {
        String code = TrackingCodes.normalize(trackingCode);
        if (!TrackingCodes.wellFormed(code)) {
            throw ComplaintRefusals.trackingNotFound();
        }
        var q = em.createQuery("SELECT c FROM Complaint c WHERE c.trackingCode = :c", Complaint.class).setParameter("c", code);
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst().orElseThrow(ComplaintRefusals::trackingNotFound);
    }

    /** Complaints within the caller's scope, optionally of one county or status; open ones by due date. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Complaint> list(Long countyId, Complaint.Status status, int offset, int limit) {
        return ScopedQuery.from("SELECT c FROM Complaint c", "c.county", access.caller().reach(READERS))
                .inCounty(countyId)
                .and("c.status = :status", "status", status)
                .list(em, Complaint.class, "c.deadline.dueOn, c.id", offset, limit);
    }

    /**
     * The county post office answers: accepted complaints become a violation report of the given
     * category (already screened as founded); rejected ones are closed with the answer.
     */
    @RolesAllowed(Role.POST_CLERK_NAME)
    public Complaint answer(long complaintId, long expectedVersion, boolean accept, String categoryCode, String answer) {
        Complaint c = access.inScope(em.find(Complaint.class, complaintId, LockModeType.PESSIMISTIC_WRITE),
                Complaint::getCounty, ComplaintRefusals::notFound, Role.POST_CLERK);
        c.requireVersion(expectedVersion);
        String actor = access.actor();
        audit.change(accept ? "COMPLAINT_ACCEPTED" : "COMPLAINT_REJECTED", c, answer,
                k -> k.answer(accept, answer, actor, clock.instant()));
        if (accept) {
            reports.open(c.getLicense(), reports.category(categoryCode), ReportOrigin.complaint(c.getId()), c.getBody(),
                    LocalDate.ofInstant(c.getFiledAt(), clock.getZone()), actor);
        }
        if (c.getCitizenMobile() != null) {
            outbox.queue("COMPLAINT_ANSWERED:" + c.getId() + ":citizen", Outbox.Recipient.mobile(c.getCitizenMobile()),
                    "COMPLAINT_ANSWERED", Map.of("trackingCode", c.getTrackingCode(), "status", c.getStatus().persianName()));
        }
        return c;
    }

    /** The report an accepted complaint became, if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Long reportOf(long complaintId) {
        access.inScope(em.find(Complaint.class, complaintId), Complaint::getCounty, ComplaintRefusals::trackingNotFound,
                READERS);
        return em.createQuery("SELECT r.id FROM ViolationReport r WHERE r.complaintId = :c", Long.class)
                .setParameter("c", complaintId).getResultStream().findFirst().orElse(null);
    }
}
