package ir.pishkhan.web.schedule;

import ir.pishkhan.schedule.boundary.Schedules;
import ir.pishkhan.schedule.control.QuartzScheduler;
import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.schedule.entity.CheckRun;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's scheduled-checks page: each check's time (cron, Tehran), next and last
 * fire, paused or not, with pause, resume, "run now" and a new time; and the latest runs, a
 * failed one or one with alarms standing out.
 */
@Named
@ViewScoped
public class ScheduleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Schedules schedules;

    private List<QuartzScheduler.JobState> jobs;
    private final Map<String, String> crons = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private String filter;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        jobs = schedules.jobs();
        for (QuartzScheduler.JobState j : jobs) {
            crons.put(j.check().name(), j.cron());
            versions.put(j.check().name(), schedules.schedule(j.check().name()).getVersion());
        }
    }

    public List<QuartzScheduler.JobState> getJobs() {
        return jobs;
    }

    public List<CheckRun> getRuns() {
        return schedules.runs(filter, 100);
    }

    public CheckName[] getChecks() {
        return CheckName.values();
    }

    public void pause(CheckName check) {
        schedules.pause(check.name());
        done("«" + check.persianName() + "» متوقف شد.");
    }

    public void resume(CheckName check) {
        schedules.resume(check.name());
        done("«" + check.persianName() + "» دوباره فعال شد.");
    }

    public void runNow(CheckName check) {
        schedules.runNow(check.name());
        done("«" + check.persianName() + "» همین حالا اجرا می‌شود؛ نتیجه در فهرست اجراها می‌آید.");
    }

    public void reschedule(CheckName check) {
        schedules.reschedule(check.name(), crons.get(check.name()), versions.get(check.name()));
        done("زمان «" + check.persianName() + "» تغییر کرد.");
    }

    public String rowClass(CheckRun r) {
        return switch (r.getOutcome()) {
            case FAILED, ABANDONED -> "overdue";
            default -> r.getAlarms() > 0 ? "overdue" : null;
        };
    }

    private void done(String m) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, m, null));
        load();
    }

    public Map<String, String> getCrons() { return crons; }
    public String getFilter() { return filter; }
    public void setFilter(String v) { filter = v == null || v.isBlank() ? null : v; }
}
