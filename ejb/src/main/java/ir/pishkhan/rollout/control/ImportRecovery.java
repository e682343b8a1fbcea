package ir.pishkhan.rollout.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recovery after a killed server: imports still RUNNING on this node when it starts have lost their
 * job with the old process (a server that stops in good order leaves them RUNNING too, see
 * {@link ImportLedger#ended}). Each is resumed here, as the system, a moment after start-up — once
 * the batch runtime serves the application — and goes on at its first row without an outcome.
 * Imports of other nodes are theirs to resume when they start again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());
    /** How long after start-up the first look is taken, and between looks while the batch runtime is not ready. */
    private static final long DELAY_MS = 3_000;
    private static final int ATTEMPTS = 20;

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    ImportRestarts restarts;

    private int attempts;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(DELAY_MS, new TimerConfig("import recovery", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recover(Timer timer) {
        String node = ImportJobs.node();
        @SuppressWarnings("unchecked")
        List<Number> running = em.createNativeQuery("SELECT id FROM import_batch WHERE status = 'RUNNING' AND node = ?"
                + " ORDER BY id").setParameter(1, node).getResultList();
        boolean again = false;
        for (Number id : running) {
            try {
                restarts.afterRestart(id.longValue(), node).ifPresent(execution ->
                        LOG.info(() -> "Import " + id + " was running on " + node + " when the server stopped;"
                                + " resumed as job execution " + execution));
            } catch (RuntimeException e) {
                again = true;
                LOG.log(Level.WARNING, "Import " + id + " could not be resumed yet (attempt " + (attempts + 1) + ")", e);
            }
        }
        if (again && ++attempts < ATTEMPTS) {
            timers.createSingleActionTimer(DELAY_MS, new TimerConfig("import recovery", false));
        }
    }
}
