package ir.pishkhan.rollout.control;

import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the import job itself records about its import, each in a transaction of its own: that it
 * is the execution the import was committed to, and how it ended. Guarded by the execution id, so a
 * job that is no longer the import's (superseded by a resumption) changes nothing.
 */
@Dependent
public class ImportLedger {

    private static final Logger LOG = Logger.getLogger(ImportLedger.class.getName());

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Refuses to run unless the import is RUNNING on this execution. Locks the import's row, so it
     * waits until the transaction that started the job (commit, resume, recovery) has committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void claim(long importId, long executionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, execution_id FROM import_batch WHERE id = ? FOR UPDATE")
                .setParameter(1, importId).getResultList();
        if (rows.isEmpty() || !"RUNNING".equals(rows.get(0)[0]) || rows.get(0)[1] == null
                || ((Number) rows.get(0)[1]).longValue() != executionId) {
            throw new IllegalStateException("Import " + importId + " is not committed to job execution " + executionId
                    + (rows.isEmpty() ? "" : " (status " + rows.get(0)[0] + ", execution " + rows.get(0)[1] + ")"));
        }
    }

    /**
     * How the job ended: COMPLETED (also after a stop that came too late), FAILED (resumable), or
     * stopped. A stop an administrator asked for left the import STOPPED already and only its end
     * time is added; a stop nobody asked for is the server going down, and the import stays RUNNING
     * so that {@code ImportRecovery} resumes it when the server starts again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ended(long importId, long executionId, BatchStatus status) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        String sql = switch (status) {
            case COMPLETED -> "UPDATE import_batch SET status = 'COMPLETED', finished_at = ? WHERE id = ?"
                    + " AND execution_id = ? AND status IN ('RUNNING', 'STOPPED')";
            case FAILED, ABANDONED -> "UPDATE import_batch SET status = 'FAILED', finished_at = ? WHERE id = ?"
                    + " AND execution_id = ? AND status = 'RUNNING'";
            default -> "UPDATE import_batch SET finished_at = ? WHERE id = ? AND execution_id = ? AND status = 'STOPPED'";
        };
        int changed = em.createNativeQuery(sql).setParameter(1, now).setParameter(2, importId)
                .setParameter(3, executionId).executeUpdate();
        LOG.info(() -> "Import " + importId + ": job execution " + executionId + " ended " + status
                + (changed == 0 && (status == BatchStatus.STOPPED || status == BatchStatus.STOPPING)
                ? " without being asked to (server stopping); it resumes at the next start" : ""));
    }
}
