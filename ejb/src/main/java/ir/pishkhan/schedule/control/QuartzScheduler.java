package ir.pishkhan.schedule.control;

import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.schedule.entity.CheckSchedule;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.time.ClockProducer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import java.util.logging.Logger;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz inside the application: a clustered JDBC job store on the application's MariaDB (its
 * tables come from Flyway), worker threads from the container, one durable job per check with
 * a cron trigger in Tehran time. Started after the schema and the first accounts, shut down (waiting
 * for running jobs) when the application stops.
 *
 * <p>Quartz commits its own work, so it uses a non-JTA datasource on the same database: a
 * pause or a "run now" asked for inside a use case's transaction is not tangled with it.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "AccountSeeding"}) // start-up beans at or below schedule's level only
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuartzScheduler {

    public static final String GROUP = "checks";
    private static final Logger LOG = Logger.getLogger(QuartzScheduler.class.getName());

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    CheckInvoker invoker;

    private Scheduler scheduler;
    private String node;

    /** A check's job as an administrator sees it. */
    public record JobState(CheckName check, String cron, Instant nextFire, Instant previousFire, boolean paused) implements java.io.Serializable {
    }

    @PostConstruct
    void start() {
        if (!Setting.SCHEDULER_ENABLED.flag()) {
            LOG.info("Scheduler disabled (pishkhan.scheduler.enabled=false)");
            return;
        }
        node = nodeName();
        try {
            Properties p = new Properties();
            p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "PishkhanScheduler");
            p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, node);
            p.setProperty("org.quartz.threadPool.class", ManagedThreadPool.class.getName());
            p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(Setting.SCHEDULER_THREADS.integer()));
            p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
            p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
            p.setProperty("org.quartz.jobStore.dataSource", "pishkhan");
            p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
            p.setProperty("org.quartz.jobStore.isClustered", "true");
            p.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                    String.valueOf(Setting.SCHEDULER_CHECKIN_MS.integer()));
            p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
            p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
            p.setProperty("org.quartz.dataSource.pishkhan.jndiURL", "java:jboss/datasources/PishkhanQuartzDS");
            scheduler = new StdSchedulerFactory(p).getScheduler();
            scheduler.setJobFactory((bundle, s) -> new CheckJob(invoker, node));
            for (CheckSchedule row : schedules()) {
                install(row.getCheck(), row.getCron());
            }
            scheduler.start();
            LOG.info("Scheduler started on node " + node);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz did not start", e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                LOG.warning("Quartz shutdown: " + e);
            }
        }
    }

    private List<CheckSchedule> schedules() {
        return em.createQuery("SELECT s FROM CheckSchedule s ORDER BY s.check", CheckSchedule.class).getResultList();
    }

    /** The job and its cron trigger; kept as they are when they already agree (and keep a pause). */
    private void install(CheckName check, String cron) throws SchedulerException {
        JobKey job = JobKey.jobKey(check.name(), GROUP);
        JobDetail detail = JobBuilder.newJob(CheckJob.class).withIdentity(job).storeDurably().requestRecovery()
                .withDescription(check.persianName()).build();
        try {
            if (!scheduler.checkExists(job)) {
                scheduler.addJob(detail, false);
            }
            Trigger existing = scheduler.getTrigger(triggerKey(check));
            if (existing instanceof CronTrigger ct && ct.getCronExpression().equals(cron)) {
                return;
            }
            Trigger trigger = cronTrigger(check, cron);
            if (existing == null) {
                scheduler.scheduleJob(trigger);
            } else {
                scheduler.rescheduleJob(trigger.getKey(), trigger);
            }
        } catch (ObjectAlreadyExistsException e) {
            // Another node installed it at the same moment: theirs is the same.
        }
    }

    private static TriggerKey triggerKey(CheckName check) {
        return TriggerKey.triggerKey(check.name(), GROUP);
    }

    private static Trigger cronTrigger(CheckName check, String cron) {
        return TriggerBuilder.newTrigger().withIdentity(triggerKey(check)).forJob(check.name(), GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(ClockProducer.TEHRAN))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    public static boolean validCron(String cron) {
        return cron != null && CronExpression.isValidExpression(cron.trim());
    }

    public boolean running() {
        return scheduler != null;
    }

    public String node() {
        return node;
    }

    public List<JobState> jobs() {
        return schedules().stream().map(s -> state(s.getCheck(), s.getCron())).toList();
    }

    private JobState state(CheckName check, String cron) {
        if (scheduler == null) {
            return new JobState(check, cron, null, null, false);
        }
        try {
            Trigger t = scheduler.getTrigger(triggerKey(check));
            boolean paused = scheduler.getTriggerState(triggerKey(check)) == Trigger.TriggerState.PAUSED;
            return new JobState(check, cron, t == null ? null : instant(t.getNextFireTime()),
                    t == null ? null : instant(t.getPreviousFireTime()), paused);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    public void pause(CheckName check) {
        call(() -> scheduler.pauseJob(JobKey.jobKey(check.name(), GROUP)));
    }

    public void resume(CheckName check) {
        call(() -> scheduler.resumeJob(JobKey.jobKey(check.name(), GROUP)));
    }

    /** Fires the check now on whichever node picks it up first. */
    public void triggerNow(CheckName check, String requestedBy) {
        call(() -> scheduler.triggerJob(JobKey.jobKey(check.name(), GROUP),
                new JobDataMap(java.util.Map.of(CheckJob.REQUESTED_BY, requestedBy))));
    }

    public void reschedule(CheckName check, String cron) {
        call(() -> {
            boolean paused = scheduler.getTriggerState(triggerKey(check)) == Trigger.TriggerState.PAUSED;
            scheduler.rescheduleJob(triggerKey(check), cronTrigger(check, cron));
            if (paused) {
                scheduler.pauseTrigger(triggerKey(check));
            }
        });
    }

    private interface QuartzCall {
        void run() throws SchedulerException;
    }

    private void call(QuartzCall c) {
        if (scheduler == null) {
            throw ir.pishkhan.shared.error.BusinessException.rule("SCHEDULER_OFF",
                    "زمان‌بند روی این سرور خاموش است.", "The scheduler is not running on this server.");
        }
        try {
            c.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nodeName() {
        String name = ir.pishkhan.shared.config.ServerNode.name();
        // Unique per start, so a restarted node is never mistaken for its dead predecessor.
        return name + "-" + Long.toString(System.currentTimeMillis(), 36);
    }
}
