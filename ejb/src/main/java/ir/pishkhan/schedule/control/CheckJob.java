package ir.pishkhan.schedule.control;

import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.schedule.entity.CheckRun;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz job of every check: it only says which check to run and why, and hands over to
 * the {@link CheckInvoker}. Never concurrent with itself, on any node of the cluster.
 */
@DisallowConcurrentExecution
public class CheckJob implements Job {

    /** Job-data key of a manual run: the administrator who asked for it. */
    public static final String REQUESTED_BY = "requestedBy";

    private static final Logger LOG = Logger.getLogger(CheckJob.class.getName());

    private final CheckInvoker invoker;
    private final String node;

    CheckJob(CheckInvoker invoker, String node) {
        this.invoker = invoker;
        this.node = node;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        CheckName check = CheckName.valueOf(context.getJobDetail().getKey().getName());
        CheckRun.FiredBy firedBy = context.isRecovering() ? CheckRun.FiredBy.RECOVERY
                : context.getMergedJobDataMap().containsKey(REQUESTED_BY) ? CheckRun.FiredBy.ADMIN
                : CheckRun.FiredBy.SCHEDULE;
        try {
            invoker.invoke(check, firedBy, node);
        } catch (RuntimeException e) {
            // The run is already recorded as FAILED; Quartz is told so its listeners see it too.
            LOG.log(Level.WARNING, "Scheduled check " + check + " failed", e);
            throw new JobExecutionException(e, false);
        }
    }
}
