package ir.pishkhan.violation.control;

import ir.pishkhan.security.control.Supervisors;
import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.violation.entity.ViolationReport;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reports not screened by their response day; the province's officials are told. */
@Dependent
public class ReportDeadlines implements MissedDeadlinePart {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Supervisors supervisors;

    @Override
    public String name() {
        return "report";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Long> next(LocalDate today, long afterId, int limit) {
        return em.createQuery("SELECT x.id FROM ViolationReport x WHERE x.status = :reported"
                        + " AND x.responseDeadline.dueOn < :today AND x.responseDeadline.escalatedOn IS NULL"
                        + " AND x.id > :after ORDER BY x.id", Long.class)
                .setParameter("reported", ir.pishkhan.violation.entity.ReportStatus.REPORTED)
                .setParameter("today", today).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Missed> escalate(long id, LocalDate today) {
        ViolationReport r = em.find(ViolationReport.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!r.escalateIfLate(today)) {
            return Optional.empty();
        }
        return Optional.of(new Missed("ViolationReport", id, r.getCounty(), r.getResponseDue(),
                "گزارش تخلف شمارهٔ " + PersianNumbers.digits(id) + " (پروانهٔ " + r.getLicense().getNumber() + ")",
                supervisors.ofProvince(r.getCounty().getProvince().getId())));
    }
}
