package ir.pishkhan.revocation.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.calendar.control.WorkingCalendar;
import ir.pishkhan.capacity.control.Slots;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.revocation.control.ReportVoters;
import ir.pishkhan.revocation.entity.RevocationCase;
import ir.pishkhan.revocation.entity.RevocationRefusals;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.ScopedQuery;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.error.BusinessException;
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

/**
 * The province's decision on revocation cases. Approval does everything in one transaction:
 * licence REVOKED and office closed, every agency contract ended, the slot freed and offered to
 * the next applicant on the waitlist, and the holder, the agencies and the county notified —
 * all of it or, if anything fails, none of it.
 */
@Stateless
@RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF
public class Revocations {

    /** Who reads the cases of their county or province. */
    private static final Role[] READERS = RoleSet.COUNTY_STAFF.roles();

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Slots slots;

    @Inject
    ReportVoters voters;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Cases within the caller's scope, optionally of one status, oldest pending first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RevocationCase> list(RevocationCase.Status status) {
        return list(status, null);
    }

    /** Like {@link #list(RevocationCase.Status)}, optionally of one county (refused outside the caller's reach). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RevocationCase> list(RevocationCase.Status status, Long countyId) {
        return ScopedQuery.from("SELECT c FROM RevocationCase c", "c.county", access.caller().reach(READERS))
                .inCounty(countyId)
                .and("c.status = :status", "status", status)
                .list(em, RevocationCase.class, "c.deadline.dueOn, c.id", 0, 200);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RevocationCase get(long caseId) {
        return access.inScope(em.find(RevocationCase.class, caseId), RevocationCase::getCounty, RevocationRefusals::notFound,
                READERS);
    }

    /** Usernames of the members who voted on the case's report: none of them may decide it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> voters(long caseId) {
        return voters.of(get(caseId).getReportId());
    }

    /**
     * A province official of the case's own province approves, rejects (reason required) or
     * returns it (what is missing required). Someone who voted on the report may not decide it.
     */
    @RolesAllowed(Role.PROVINCE_OFFICIAL_NAME)
    public RevocationCase decide(long caseId, long expectedVersion, RevocationCase.Verdict verdict, String reason) {
        RevocationCase found = em.find(RevocationCase.class, caseId);
        if (found == null) {
            throw BusinessException.forbidden();
        }
        County county = found.getCounty();
        access.requireProvince(county.getProvince(), Role.PROVINCE_OFFICIAL);
        // Lock order as in issuance and surrender: capacity book, then licence, then the case.
        CapacityBook book = verdict == RevocationCase.Verdict.APPROVE
                ? slots.lock(county.getId(), found.getLicense().getOfficeType()) : null;
        RevocationCase c = found;
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
        c.requireVersion(expectedVersion);
        String me = access.actor();
        List<String> reportVoters = voters.of(c.getReportId());
        audit.change("REVOCATION_" + (verdict == null ? "" : verdict.name()), c, reason,
                k -> k.decide(verdict, reason, me, reportVoters, clock.instant()));
        if (verdict == RevocationCase.Verdict.APPROVE) {
            revoke(c, book);
        } else if (verdict == RevocationCase.Verdict.RETURN) {
            outbox.queue("REVOCATION_RETURNED:" + c.getId() + ":" + c.getVersion() + ":county", Outbox.Recipient.county(county.getId()),
                    "REVOCATION_RETURNED", Map.of("licenseNumber", c.getLicense().getNumber(), "note", c.getLastNote()));
        }
        return c;
    }

    private void revoke(RevocationCase c, CapacityBook book) {
        License license = c.getLicense();
        County county = license.getCounty();
        em.refresh(license, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = LocalDate.now(clock);
        String reason = "لغو پروانه با تأیید استان، پروندهٔ " + PersianNumbers.digits(c.getId());
        audit.change("LICENSE_REVOKED", license, reason, l -> l.revoke(today, reason, access.actor(), clock.instant()));
        List<ServiceContract> contracts = em.createQuery("SELECT k FROM ServiceContract k WHERE k.license = :l"
                + " AND k.status <> :ended ORDER BY k.id", ServiceContract.class).setParameter("l", license)
                .setParameter("ended", ServiceContract.Status.ENDED).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (ServiceContract k : contracts) {
            audit.change("CONTRACT_ENDED", k, reason, contract -> contract.end(reason, clock.instant()));
            outbox.queue("LICENSE_REVOKED:" + license.getNumber() + ":agency:" + k.getAgency().name(),
                    Outbox.Recipient.agency(k.getAgency().name()), "CONTRACT_ENDED_BY_REVOCATION",
                    Map.of("licenseNumber", license.getNumber(), "officeName", license.getOfficeName(),
                            "county", county.getNameFa()));
        }
        outbox.queue("LICENSE_REVOKED:" + license.getNumber() + ":holder", Outbox.Recipient.mobile(license.getHolder().getPhone()),
                "LICENSE_REVOKED", Map.of("licenseNumber", license.getNumber(), "officeName", license.getOfficeName()));
        outbox.queue("LICENSE_REVOKED:" + license.getNumber() + ":county", Outbox.Recipient.county(county.getId()),
                "LICENSE_REVOKED_COUNTY", Map.of("licenseNumber", license.getNumber(), "officeName", license.getOfficeName()));
        slots.release(book);
    }

    /** The working group's secretary answers a case the province returned; it is open again. */
    @RolesAllowed(Role.WG_SECRETARY_NAME)
    public RevocationCase resubmit(long caseId, long expectedVersion, String note) {
        RevocationCase c = access.inScope(em.find(RevocationCase.class, caseId, LockModeType.PESSIMISTIC_WRITE),
                RevocationCase::getCounty, RevocationRefusals::notFound, Role.WG_SECRETARY);
        c.requireVersion(expectedVersion);
        LocalDate newDue = calendar.addWorkingDays(c.getCounty().getProvince().getId(), LocalDate.now(clock),
                Setting.REVOCATION_DECISION_WORKING_DAYS.integer());
        return audit.change("REVOCATION_RESUBMITTED", c, note, k -> k.resubmit(note, newDue, clock.instant()));
    }
}
