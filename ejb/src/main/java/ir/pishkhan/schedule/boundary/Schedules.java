package ir.pishkhan.schedule.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.schedule.control.QuartzScheduler;
import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.schedule.entity.CheckRun;
import ir.pishkhan.schedule.entity.CheckSchedule;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The administrator's control of the scheduled checks (زمان‌بندی بررسی‌ها): when each runs and
 * when it runs next, pause and resume, "run now", a new cron, and the history of runs. Pause
 * and resume live in the clustered job store, so they hold for every node.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Schedules {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    QuartzScheduler scheduler;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<QuartzScheduler.JobState> jobs() {
        access.requireNational(Role.ADMIN);
        return scheduler.jobs();
    }

    public void pause(String check) {
        // National first: a province administrator holds ADMIN too, and learns nothing here.
        access.requireNational(Role.ADMIN);
        CheckName name = checkName(check);
        record("CHECK_PAUSED", name, null);
        scheduler.pause(name);
    }

    public void resume(String check) {
        access.requireNational(Role.ADMIN);
        CheckName name = checkName(check);
        record("CHECK_RESUMED", name, null);
        scheduler.resume(name);
    }

    /** Runs the check as soon as a scheduler thread on some node is free; the run shows in the history. */
    public void runNow(String check) {
        access.requireNational(Role.ADMIN);
        CheckName name = checkName(check);
        record("CHECK_RUN_REQUESTED", name, null);
        scheduler.triggerNow(name, access.actor());
    }

    public CheckSchedule reschedule(String check, String cron, long expectedVersion) {
        access.requireNational(Role.ADMIN);
        CheckName name = checkName(check);
        if (!QuartzScheduler.validCron(cron)) {
            throw BusinessException.invalid("INVALID_CRON",
                    "عبارت زمان‌بندی نامعتبر است؛ نمونه: «0 0 1 * * ?» یعنی هر شب ساعت ۱.",
                    "Not a valid Quartz cron expression, e.g. '0 0 1 * * ?' for 01:00 every night.");
        }
        CheckSchedule row = em.find(CheckSchedule.class, name, LockModeType.PESSIMISTIC_WRITE);
        row.requireVersion(expectedVersion);
        audit.change("CHECK_RESCHEDULED", row, null, r -> r.reschedule(cron.trim(), access.actor(), clock.instant()));
        scheduler.reschedule(name, row.getCron());
        return row;
    }

    /** The latest runs, newest first, optionally of one check. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CheckRun> runs(String check, int limit) {
        access.requireNational(Role.ADMIN);
        CheckName name = check == null || check.isBlank() ? null : checkName(check);
        return em.createQuery("SELECT r FROM CheckRun r WHERE (:check IS NULL OR r.check = :check) ORDER BY r.id DESC",
                        CheckRun.class).setParameter("check", name)
                .setMaxResults(Math.min(Math.max(1, limit), 500)).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CheckSchedule schedule(String check) {
        access.requireNational(Role.ADMIN);
        return em.find(CheckSchedule.class, checkName(check));
    }

    private void record(String action, CheckName name, String reason) {
        audit.record(new AuditLog.Change(action, "CheckSchedule", name.name(), null, null, null, null, reason));
    }

    private static CheckName checkName(String check) {
        try {
            return CheckName.valueOf(check == null ? "" : check.trim());
        } catch (IllegalArgumentException e) {
            throw BusinessException.notFound("CHECK_NOT_FOUND", "چنین بررسی زمان‌بندی‌شده‌ای وجود ندارد.",
                    "No such scheduled check.");
        }
    }
}
