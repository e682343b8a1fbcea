package ir.pishkhan.violation.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.complaint.entity.Complaint;
import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.revocation.entity.RevocationCase;
import ir.pishkhan.schedule.boundary.ComplianceChecks;
import ir.pishkhan.schedule.control.Check;
import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.security.control.Supervisors;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.violation.entity.ReportStatus;
import ir.pishkhan.violation.entity.ViolationReport;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Check 5 — missed deadlines (مهلت‌های گذشته): a report not screened by its response date, a
 * complaint not answered by its due date, a revocation case not decided by its due date. Each
 * is marked overdue-and-escalated once, and its named supervisors are told: the province
 * officials for county work, the national administrators for a province's case.
 */
@Dependent
public class MissedDeadlines implements Check {

    static final String REPORTS = "report";
    static final String COMPLAINTS = "complaint";
    static final String CASES = "case";

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Supervisors supervisors;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Override
    public CheckName name() {
        return CheckName.MISSED_DEADLINES;
    }

    @Override
    public List<String> parts() {
        return List.of(REPORTS, COMPLAINTS, CASES);
    }

    @Override
    public List<Long> next(String part, LocalDate today, long afterId, int limit) {
        String jpql = switch (part) {
            case REPORTS -> "SELECT x.id FROM ViolationReport x WHERE x.status = ir.pishkhan.violation.entity.ReportStatus.REPORTED"
                    + " AND x.responseDue < :today AND x.escalatedOn IS NULL AND x.id > :after ORDER BY x.id";
            case COMPLAINTS -> "SELECT x.id FROM Complaint x WHERE x.status = ir.pishkhan.complaint.entity.Complaint.Status.FILED"
                    + " AND x.dueOn < :today AND x.escalatedOn IS NULL AND x.id > :after ORDER BY x.id";
            case CASES -> "SELECT x.id FROM RevocationCase x WHERE x.status = ir.pishkhan.revocation.entity.RevocationCase.Status.OPEN"
                    + " AND x.dueOn < :today AND x.escalatedOn IS NULL AND x.id > :after ORDER BY x.id";
            default -> throw new IllegalArgumentException(part);
        };
        return em.createQuery(jpql, Long.class).setParameter("today", today).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Effect process(String part, long id, LocalDate today) {
        return switch (part) {
            case REPORTS -> {
                ViolationReport r = em.find(ViolationReport.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (r.getStatus() != ReportStatus.REPORTED || !today.isAfter(r.getResponseDue()) || !r.escalate(today)) {
                    yield Effect.UNCHANGED;
                }
                yield escalated("ViolationReport", id, r.getCounty(), r.getResponseDue(), today,
                        "گزارش تخلف شمارهٔ " + PersianNumbers.digits(id) + " (پروانهٔ " + r.getLicense().getNumber() + ")",
                        supervisors.ofProvince(r.getCounty().getProvince().getId()));
            }
            case COMPLAINTS -> {
                Complaint c = em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (c.getStatus() != Complaint.Status.FILED || !today.isAfter(c.getDueOn()) || !c.escalate(today)) {
                    yield Effect.UNCHANGED;
                }
                yield escalated("Complaint", id, c.getCounty(), c.getDueOn(), today,
                        "شکایت با کد رهگیری " + c.getTrackingCode(), supervisors.ofProvince(c.getCounty().getProvince().getId()));
            }
            case CASES -> {
                RevocationCase k = em.find(RevocationCase.class, id, LockModeType.PESSIMISTIC_WRITE);
                if (k.getStatus() != RevocationCase.Status.OPEN || !today.isAfter(k.getDueOn()) || !k.escalate(today)) {
                    yield Effect.UNCHANGED;
                }
                yield escalated("RevocationCase", id, k.getLicense().getCounty(), k.getDueOn(), today,
                        "پروندهٔ لغو پروانهٔ " + k.getLicense().getNumber(), supervisors.national());
            }
            default -> throw new IllegalArgumentException(part);
        };
    }

    private Effect escalated(String type, long id, County county, LocalDate due, LocalDate today, String itemFa,
                             List<UserAccount> to) {
        em.flush();
        List<String> names = to.stream().map(UserAccount::getUsername).toList();
        audit.record(ComplianceChecks.ACTOR, new AuditLog.Change("DEADLINE_ESCALATED", type, id,
                county.getProvince().getId(), county.getId(), Map.of("due", due.toString()),
                Map.of("escalatedOn", today.toString(), "supervisors", String.join(",", names)), "مهلت سپری شد"));
        for (UserAccount u : to) {
            outbox.queue("DEADLINE_ESCALATED:" + type + ":" + id + ":" + u.getUsername(),
                    Outbox.Recipient.person(u.getUsername(), u.getEmail(), u.getMobile()), "DEADLINE_ESCALATED",
                    Map.of("supervisor", u.getDisplayName(), "item", itemFa, "county", county.getNameFa(),
                            "due", JalaliDates.format(due)));
        }
        return Effect.CHANGED;
    }
}
