package ir.pishkhan.revocation.control;

import ir.pishkhan.revocation.entity.RevocationCase;
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

/**
 * OPEN revocation cases the province has not decided by their due day: the case part of the
 * missed-deadlines check. A province's case goes to the national administrators.
 */
@Dependent
public class CaseDeadlines implements MissedDeadlinePart {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Supervisors supervisors;

    @Override
    public String name() {
        return "case";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Long> next(LocalDate today, long afterId, int limit) {
        return em.createQuery("SELECT x.id FROM RevocationCase x WHERE x.status = :open"
                        + " AND x.deadline.dueOn < :today AND x.deadline.escalatedOn IS NULL AND x.id > :after ORDER BY x.id",
                        Long.class)
                .setParameter("open", RevocationCase.Status.OPEN).setParameter("today", today).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Missed> escalate(long id, LocalDate today) {
        RevocationCase k = em.find(RevocationCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!k.escalateIfLate(today)) {
            return Optional.empty();
        }
        return Optional.of(new Missed("RevocationCase", id, k.getLicense().getCounty(), k.getDueOn(),
                "پروندهٔ لغو پروانهٔ " + k.getLicense().getNumber(), supervisors.national()));
    }
}
