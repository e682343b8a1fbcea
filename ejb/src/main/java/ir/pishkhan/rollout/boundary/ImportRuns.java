package ir.pishkhan.rollout.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.rollout.control.ImportJobs;
import ir.pishkhan.rollout.control.ImportRestarts;
import ir.pishkhan.rollout.control.ImportSecrets;
import ir.pishkhan.rollout.entity.ImportBatch;
import ir.pishkhan.rollout.entity.ImportRefusals;
import ir.pishkhan.rollout.entity.ImportStatus;
import ir.pishkhan.rollout.entity.RunRefusals;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Committing a checked import (ثبت در سامانه) and steering it: an administrator of the import's
 * province commits it, and the batch job writes its rows chunk by chunk; the administrator follows
 * the progress, may stop the job and resume it later, and reads once the one-time passwords of the
 * accounts it created that had no mobile number or e-mail address.
 *
 * <p>The job runs with no caller: the role and the province were checked here when it was started,
 * and everything it writes is audited as the administrator who committed the import
 * ({@code committed_by}). Refusals: {@code IMPORT_NOT_CHECKED}, {@code IMPORT_NOT_RUNNING},
 * {@code IMPORT_NOT_RESUMABLE}, {@code IMPORT_STILL_RUNNING}, {@code IMPORT_PROVINCE_BUSY},
 * {@code STALE_VERSION}; an import out of scope is {@code ACCESS_DENIED}, a missing one
 * {@code IMPORT_NOT_FOUND} for a national administrator.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ImportRuns {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportRestarts restarts;

    @Inject
    ImportSecrets secrets;

    @Inject
    Clock clock;

    /**
     * Where an import's commit stands: its status, rows in the file and written so far, what became
     * of them, how far in per cent, who committed it and when, how many one-time passwords wait to
     * be read, and whether its job is still at work in the batch runtime ({@code jobActive}: a
     * stopped import's job finishes the chunk it was writing first).
     */
    public record Progress(long importId, ImportStatus status, String statusFa, int rowsTotal, int rowsDone,
                           int created, int updated, int unchanged, int failed, int percent, String committedBy,
                           Instant startedAt, Instant finishedAt, long version, long passwordsWaiting, boolean jobActive)
            implements java.io.Serializable {

        /** Whether there is still something to watch: the import runs, or its job has not yet let go. */
        public boolean moving() {
            return status == ImportStatus.RUNNING || jobActive;
        }
    }

    /** A one-time password to hand over: the account and the password. */
    public record OneTimePassword(String username, String displayName, String password) implements java.io.Serializable {
    }

    /**
     * Commits a checked import: the batch job starts writing its rows on this node. The import must
     * be the version the administrator saw ({@code STALE_VERSION}), checked without errors and not
     * committed before ({@code IMPORT_NOT_CHECKED}), and no other import of the province may be
     * running ({@code IMPORT_PROVINCE_BUSY}). Audited as {@code IMPORT_COMMITTED}.
     */
    public Progress commit(long importId, long expectedVersion) {
        ImportBatch batch = locked(importId);
        batch.requireVersion(expectedVersion);
        if (batch.getStatus() != ImportStatus.CHECKED) {
            throw RunRefusals.notChecked(batch.getStatus());
        }
        em.createQuery("SELECT b.id FROM ImportBatch b WHERE b.province = :p AND b.status = :running AND b.id <> :id",
                        Long.class).setParameter("p", batch.getProvince()).setParameter("running", ImportStatus.RUNNING)
                .setParameter("id", batch.getId()).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(other -> {
                    throw RunRefusals.provinceBusy(other);
                });
        String actor = access.actor();
        audit.change("IMPORT_COMMITTED", batch, PersianNumbers.quantity(batch.getRowsTotal()) + " ردیف", b -> {
            b.commit(actor, ImportJobs.node(), clock.instant());
            // The job's first act waits for this transaction (it locks the import), so it starts here.
            b.runsAs(jobs.start(b));
        });
        return progress(batch);
    }

    /**
     * Stops a running import: its job ends after the chunk it is writing, and everything written so
     * far stays. Refused unless the import is running here ({@code IMPORT_NOT_RUNNING}). Audited as
     * {@code IMPORT_STOPPED}.
     */
    public Progress stop(long importId) {
        ImportBatch batch = locked(importId);
        if (batch.getStatus() != ImportStatus.RUNNING || batch.getExecutionId() == null) {
            throw RunRefusals.notRunning(batch.getStatus());
        }
        try {
            jobs.stop(batch.getExecutionId());
        } catch (JobExecutionNotRunningException | NoSuchJobExecutionException e) {
            throw RunRefusals.notRunning(batch.getStatus());
        }
        audit.change("IMPORT_STOPPED", batch, null, b -> b.stop(clock.instant()));
        return progress(batch);
    }

    /**
     * Resumes a stopped or failed import on this node — or a running one whose job is no longer at
     * work (its stop or its node came and went) — at its first row not yet written. Refused for an
     * import that was never committed or has completed ({@code IMPORT_NOT_RESUMABLE}) and while its
     * job still finishes the chunk it was writing ({@code IMPORT_STILL_RUNNING}). Audited as
     * {@code IMPORT_RESUMED}.
     */
    public Progress resume(long importId) {
        ImportBatch batch = locked(importId);
        ImportStatus status = batch.getStatus();
        if (status != ImportStatus.STOPPED && status != ImportStatus.FAILED && status != ImportStatus.RUNNING) {
            throw RunRefusals.notResumable(status);
        }
        if (status == ImportStatus.RUNNING && jobs.status(batch.getExecutionId()).map(ImportJobs::active).orElse(false)) {
            // Marked running and its job says so: nothing to resume (a job of a dead node is the node's to resume).
            throw RunRefusals.stillRunning();
        }
        String node = ImportJobs.node();
        audit.change("IMPORT_RESUMED", batch, null, b -> {
            b.resume(node);
            b.runsAs(restarts.restart(b));
        });
        return progress(batch);
    }

    /** Where the import's commit stands (see {@link Progress}); all from the database, for any node's page. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Progress progress(long importId) {
        return progress(find(importId));
    }

    /**
     * The one-time passwords of the accounts the import created without a mobile number or e-mail
     * address, to hand over in person: returned once and deleted in the same transaction, so they are
     * never shown again. Audited as {@code IMPORT_PASSWORDS_SHOWN} (how many, never the passwords).
     */
    public List<OneTimePassword> oneTimePasswords(long importId) {
        ImportBatch batch = locked(importId);
        List<OneTimePassword> shown = secrets.take(batch.getId()).stream()
                .map(s -> new OneTimePassword(s.username(), s.displayName(), s.password())).toList();
        if (!shown.isEmpty()) {
            audit.record(new AuditLog.Change("IMPORT_PASSWORDS_SHOWN", batch.auditType(), batch.auditId(),
                    batch.auditProvinceId(), null, null, java.util.Map.of("passwords", shown.size()),
                    PersianNumbers.quantity(shown.size()) + " گذرواژهٔ یک‌بارمصرف"));
        }
        return shown;
    }

    private Progress progress(ImportBatch b) {
        return new Progress(b.getId(), b.getStatus(), b.getStatus().persianName(), b.getRowsTotal(), b.getRowsDone(),
                b.getCreatedCount(), b.getUpdatedCount(), b.getUnchangedCount(), b.getFailedCount(), b.percent(),
                b.getCommittedBy(), b.getStartedAt(), b.getFinishedAt(), b.getVersion(), secrets.waiting(b.getId()),
                b.getExecutionId() != null && jobs.status(b.getExecutionId()).map(ImportJobs::active).orElse(false));
    }

    /** The import in the caller's province scope; missing is told only to a national administrator. */
    private ImportBatch find(long importId) {
        ImportBatch batch = em.find(ImportBatch.class, importId);
        return inScope(batch);
    }

    /** {@link #find} locked for the change: a running chunk finishes first (it holds the import's row). */
    private ImportBatch locked(long importId) {
        ImportBatch batch = em.find(ImportBatch.class, importId, LockModeType.PESSIMISTIC_WRITE);
        return inScope(batch);
    }

    private ImportBatch inScope(ImportBatch batch) {
        if (batch == null) {
            throw access.caller().isNational(Role.ADMIN) ? ImportRefusals.notFound() : BusinessException.forbidden();
        }
        access.requireProvince(batch.getProvince(), Role.ADMIN);
        return batch;
    }
}
