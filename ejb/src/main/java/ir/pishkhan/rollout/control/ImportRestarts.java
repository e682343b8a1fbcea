package ir.pishkhan.rollout.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.rollout.entity.ImportBatch;
import ir.pishkhan.rollout.entity.ImportStatus;
import ir.pishkhan.rollout.entity.RunRefusals;
import ir.pishkhan.shared.identity.SystemCalls;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Starts an import's job again on this node, after a stop, a failure or a dead server: JBeret
 * restarts the import's last execution; when the job repository does not know that execution any
 * more, a new start does as well, since the position is in {@code import_row}. The import is
 * locked meanwhile, so the new execution's first act (claiming the import) waits for this
 * transaction.
 */
@Dependent
public class ImportRestarts {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    ImportJobs jobs;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The new execution's id for the locked import; refused with {@code IMPORT_STILL_RUNNING} while
     * its execution is still at work on this node.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long restart(ImportBatch batch) {
        try {
            return startOrRestart(batch);
        } catch (JobRestartException e) {
            throw RunRefusals.stillRunning();
        }
    }

    /** Restarts the import's last execution, or starts it anew when there is none the job repository knows. */
    private long startOrRestart(ImportBatch batch) {
        if (batch.getExecutionId() == null) {
            return jobs.start(batch);
        }
        try {
            return jobs.restart(batch);
        } catch (NoSuchJobExecutionException e) {
            return jobs.start(batch);
        }
    }

    /**
     * At start-up ({@link ImportRecovery}): resumes the import if it is still RUNNING on this node,
     * as the system, audited as {@code IMPORT_RESUMED}. Returns the new execution's id; empty when
     * there was nothing to do (another node took it, it ended, or its job runs here after all).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> afterRestart(long importId, String node) {
        ImportBatch batch = em.find(ImportBatch.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null || batch.getStatus() != ImportStatus.RUNNING || !node.equals(batch.getNode())) {
            return Optional.empty();
        }
        long execution;
        try {
            execution = startOrRestart(batch);
        } catch (JobExecutionAlreadyCompleteException e) {
            audit.change(SystemCalls.ACTOR, "IMPORT_COMPLETED", batch, "پایان کار پیش از توقف سرور",
                    b -> b.foundCompleted(clock.instant()));
            return Optional.empty();
        } catch (JobRestartException e) {
            return Optional.empty(); // running in this very process: a commit or resumption came first
        }
        long started = execution;
        audit.change(SystemCalls.ACTOR, "IMPORT_RESUMED", batch, "ادامهٔ خودکار پس از راه‌اندازی دوبارهٔ سرور", b -> {
            b.resume(node);
            b.runsAs(started);
        });
        return Optional.of(started);
    }
}
