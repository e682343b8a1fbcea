package ir.pishkhan.rollout.control;

import ir.pishkhan.rollout.entity.ImportBatch;
import ir.pishkhan.shared.config.Setting;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.Dependent;
import java.util.Optional;
import java.util.Properties;

/**
 * The import's batch job ({@code META-INF/batch-jobs/rollout-import.xml}) as the server's batch
 * runtime runs it: started, stopped and restarted by execution id. The job's parameters are the
 * import, its province and the chunk size ({@code pishkhan.import.chunk}, read at each start).
 *
 * <p>Executions are this node's: JBeret runs a job on the node that started it, and its job
 * repository (the database) says how each ended. A job of a node that died shows there as still
 * STARTED; restarting it on a fresh server is JBeret's "detect" restart (the default), which marks
 * it FAILED and starts it again.
 */
@Dependent
public class ImportJobs {

    /** The job's name: its XML file under {@code META-INF/batch-jobs}. */
    public static final String JOB = "rollout-import";

    /** Starts the job for a committed import; returns the execution's id. */
    public long start(ImportBatch batch) {
        return operator().start(JOB, parameters(batch));
    }

    /** Starts the import's last execution again (stopped, failed, or dead with its server); returns the new id. */
    public long restart(ImportBatch batch) {
        return operator().restart(batch.getExecutionId(), parameters(batch));
    }

    /** Asks the running execution to stop after the chunk it is writing. */
    public void stop(long executionId) {
        operator().stop(executionId);
    }

    /** How the execution stands in the job repository; empty when it does not know it. */
    public Optional<BatchStatus> status(Long executionId) {
        if (executionId == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(operator().getJobExecution(executionId).getBatchStatus());
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    /** Whether the status is one of a job still at work (starting, started, stopping). */
    public static boolean active(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    /** This server's node name ({@code jboss.node.name}, else the host name): where an import's job runs. */
    public static String node() {
        String name = ir.pishkhan.shared.config.ServerNode.name();
        return name.length() <= 100 ? name : name.substring(0, 100);
    }

    private static Properties parameters(ImportBatch batch) {
        Properties p = new Properties();
        p.setProperty("importId", String.valueOf(batch.getId()));
        p.setProperty("provinceId", String.valueOf(batch.getProvince().getId()));
        p.setProperty("chunk", String.valueOf(Setting.IMPORT_CHUNK.integer()));
        return p;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
