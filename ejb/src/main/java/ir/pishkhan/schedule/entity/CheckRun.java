package ir.pishkhan.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of a scheduled check (اجرای بررسی): which node ran it and why, for which day, how many
 * items it examined and changed, how many alarms it raised, and how it ended. A run left RUNNING
 * by a node that died is marked ABANDONED when the check next starts (Quartz never runs one check
 * on two nodes at once, so a RUNNING row at that moment belongs to a dead run).
 */
@Entity
@Table(name = "check_run")
@NamedQuery(name = CheckRun.RUNNING_OF, query = "SELECT r FROM CheckRun r WHERE r.check = :check AND r.outcome = ir.pishkhan.schedule.entity.CheckRun.Outcome.RUNNING")
public class CheckRun implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String RUNNING_OF = "CheckRun.runningOf";

    /** Why the run happened. */
    public enum FiredBy {
        SCHEDULE("زمان‌بندی"), ADMIN("مدیر سامانه"), RECOVERY("بازیابی پس از خرابی گره");

        private final String persianName;

        FiredBy(String persianName) {
            this.persianName = persianName;
        }

        public String persianName() {
            return persianName;
        }
    }

    public enum Outcome {
        RUNNING("در حال اجرا"), SUCCEEDED("موفق"), FAILED("ناموفق"), ABANDONED("نیمه‌کاره (گره از کار افتاد)");

        private final String persianName;

        Outcome(String persianName) {
            this.persianName = persianName;
        }

        public String persianName() {
            return persianName;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_name", nullable = false, length = 40)
    private CheckName check;

    @Column(nullable = false, length = 190)
    private String node;

    @Enumerated(EnumType.STRING)
    @Column(name = "fired_by", nullable = false, length = 16)
    private FiredBy firedBy;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false)
    private int examined;

    @Column(nullable = false)
    private int changed;

    @Column(nullable = false)
    private int alarms;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Outcome outcome;

    @Column(length = 4000)
    private String errors;

    protected CheckRun() {
    }

    public CheckRun(CheckName check, String node, FiredBy firedBy, LocalDate asOf, Instant now) {
        this.check = check;
        this.node = node;
        this.firedBy = firedBy;
        this.asOf = asOf;
        this.startedAt = now;
        this.outcome = Outcome.RUNNING;
    }

    /** Ends the run; it failed if any item or batch failed, and lists the first errors. */
    public void finish(int examined, int changed, int alarms, String errors, boolean failed, Instant now) {
        this.examined = examined;
        this.changed = changed;
        this.alarms = alarms;
        this.errors = errors == null || errors.isBlank() ? null : errors.length() > 4000 ? errors.substring(0, 4000) : errors;
        this.outcome = failed ? Outcome.FAILED : Outcome.SUCCEEDED;
        this.endedAt = now;
    }

    public void abandon(Instant now) {
        this.outcome = Outcome.ABANDONED;
        this.endedAt = now;
    }

    public Long getId() { return id; }
    public CheckName getCheck() { return check; }
    public String getNode() { return node; }
    public FiredBy getFiredBy() { return firedBy; }
    public LocalDate getAsOf() { return asOf; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
    public int getExamined() { return examined; }
    public int getChanged() { return changed; }
    public int getAlarms() { return alarms; }
    public Outcome getOutcome() { return outcome; }
    public String getErrors() { return errors; }
}
