package ir.pishkhan.schedule.control;

import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.schedule.entity.CheckRun;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/** Writes the run history in its own transactions, so a run is on record even if it fails. */
@Stateless
public class CheckRuns {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Clock clock;

    /** Opens a run; any run of this check still RUNNING belonged to a node that died. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long start(CheckName check, String node, CheckRun.FiredBy firedBy, LocalDate asOf) {
        em.createNamedQuery(CheckRun.RUNNING_OF, CheckRun.class).setParameter("check", check).getResultList()
                .forEach(r -> r.abandon(clock.instant()));
        CheckRun run = new CheckRun(check, node, firedBy, asOf, clock.instant());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CheckRun finish(long runId, CheckBatches.Tally tally, String errors, boolean failed) {
        CheckRun run = em.find(CheckRun.class, runId);
        run.finish(tally.examined(), tally.changed(), tally.alarms(), errors, failed, clock.instant());
        return run;
    }
}
