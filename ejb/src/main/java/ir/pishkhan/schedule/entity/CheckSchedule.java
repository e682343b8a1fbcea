package ir.pishkhan.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * When a check runs: a Quartz cron expression in Tehran time. The rows are the truth; the
 * scheduler's triggers are brought into line with them.
 */
@Entity
@Table(name = "check_schedule")
public class CheckSchedule implements java.io.Serializable, ir.pishkhan.shared.audit.Audited,
        ir.pishkhan.shared.persistence.Versioned {

    private static final long serialVersionUID = 1L;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "check_name", length = 40)
    private CheckName check;

    @Column(nullable = false, length = 120)
    private String cron;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CheckSchedule() {
    }

    public void reschedule(String newCron, String actor, Instant now) {
        this.cron = newCron;
        this.updatedBy = actor;
        this.updatedAt = now;
    }

    public CheckName getCheck() { return check; }
    public String getCron() { return cron; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    @Override public long getVersion() { return version; }

    @Override public String persianThis() { return "زمان‌بندی این بررسی"; }
    @Override public String englishThis() { return "the schedule"; }

    @Override public String auditType() { return "CheckSchedule"; }
    @Override public Object auditId() { return check.name(); }
    @Override public Long auditProvinceId() { return null; }
    @Override public Long auditCountyId() { return null; }

    /** What the audit trail records of a schedule: its cron expression. */
    @Override
    public java.util.Map<String, Object> snapshot() {
        return java.util.Map.of("cron", cron);
    }
}
