package ir.pishkhan.complaint.control;

import ir.pishkhan.complaint.entity.Complaint;
import ir.pishkhan.security.control.Supervisors;
import ir.pishkhan.violation.control.MissedDeadlinePart;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Complaints not answered by their due day: the complaint part of the missed-deadlines check. */
@Dependent
public class ComplaintDeadlines implements MissedDeadlinePart {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Supervisors supervisors;

    @Override
    public String name() {
        return "complaint";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Long> next(LocalDate today, long afterId, int limit) {
        return em.createQuery("SELECT x.id FROM Complaint x WHERE x.status = :filed"
                        + " AND x.deadline.dueOn < :today AND x.deadline.escalatedOn IS NULL AND x.id > :after ORDER BY x.id",
                        Long.class)
                .setParameter("filed", Complaint.Status.FILED).setParameter("today", today).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Missed> escalate(long id, LocalDate today) {
        Complaint c = em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!c.escalateIfLate(today)) {
            return Optional.empty();
        }
        return Optional.of(new Missed("Complaint", id, c.getCounty(), c.getDueOn(),
                "شکایت با کد رهگیری " + c.getTrackingCode(), supervisors.ofProvince(c.getCounty().getProvince().getId())));
    }
}
