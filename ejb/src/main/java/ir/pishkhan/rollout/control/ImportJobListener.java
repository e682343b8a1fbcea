package ir.pishkhan.rollout.control;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The import job's listener (batch artifact {@code importJobListener}). Before the job: the import
 * must be committed to this very execution — it waits for the transaction that started the job
 * to commit, and a job whose start was rolled back writes nothing. After it: the import is
 * COMPLETED, FAILED or STOPPED with its end time, as the job ended ({@link ImportLedger}).
 */
@Named
@Dependent
public class ImportJobListener implements JobListener {

    @Inject
    JobContext job;

    @Inject
    ImportLedger ledger;

    @Override
    public void beforeJob() {
        ledger.claim(importId(), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        ledger.ended(importId(), job.getExecutionId(), job.getBatchStatus());
    }

    private long importId() {
        return Long.parseLong(job.getProperties().getProperty("importId"));
    }
}
