package ir.pishkhan.revocation.entity;

import ir.pishkhan.license.entity.License;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.InCounty;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.persistence.Versioned;
import ir.pishkhan.shared.text.PersianText;
import ir.pishkhan.shared.time.Deadline;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A revocation case (پروندهٔ لغو پروانه): OPEN until a province official decides it; RETURNED to
 * the working group for more information (the secretary resubmits it); APPROVED or REJECTED
 * for good. While it is OPEN or RETURNED the licence is not renewed.
 */
@Entity
@Table(name = "revocation_case")
public class RevocationCase implements java.io.Serializable, InCounty, Versioned {

    private static final long serialVersionUID = 1L;

    public enum Status {
        OPEN("در انتظار تصمیم استان"),
        RETURNED("بازگشت برای تکمیل اطلاعات"),
        APPROVED("تأییدشده — پروانه لغو شد"),
        REJECTED("ردشده");

        private final String persianName;

        Status(String persianName) {
            this.persianName = persianName;
        }

        public String persianName() {
            return persianName;
        }

        /** Still waiting for the province's final word. */
        public boolean isPending() {
            return this == OPEN || this == RETURNED;
        }
    }

    /** What a province official does with an open case. */
    public enum Verdict { APPROVE, REJECT, RETURN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, unique = true)
    private Long reportId;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    /** The province's answer is due by this day (working days from opening); escalated once if missed. */
    @Embedded
    private Deadline deadline;

    @Column(name = "last_note", length = 2000)
    private String lastNote;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected RevocationCase() {
    }

    public RevocationCase(long reportId, License license, LocalDate dueOn, Instant now) {
        this.reportId = reportId;
        this.license = license;
        this.county = license.getCounty();
        this.status = Status.OPEN;
        this.openedAt = now;
        this.deadline = Deadline.on(dueOn);
    }

    /**
     * A province official's verdict. Nobody who voted on the report in the working group may
     * give it ({@code reportVoters}: the usernames of those who did); REJECT and RETURN need a
     * reason; only an OPEN case takes a verdict (a RETURNED one waits for the working group).
     */
    public void decide(Verdict verdict, String reason, String actor, Collection<String> reportVoters, Instant now) {
        if (reportVoters.contains(actor)) {
            throw RevocationRefusals.approverVoted();
        }
        decide(verdict, reason, actor, now);
    }

    /** The verdict of someone known not to have voted on the report. */
    void decide(Verdict verdict, String reason, String actor, Instant now) {
        if (status != Status.OPEN) {
            throw BusinessException.rule("CASE_NOT_OPEN",
                    "این پرونده در وضعیت «" + status.persianName() + "» است و تصمیم تازه نمی‌پذیرد.",
                    "The case is " + status + " and takes no verdict.");
        }
        if (verdict == null) {
            throw BusinessException.invalid("VERDICT_REQUIRED", "تصمیم را مشخص کنید (تأیید، رد یا بازگرداندن).",
                    "The verdict is required (APPROVE, REJECT or RETURN).");
        }
        String r = PersianText.normalize(reason);
        if (verdict != Verdict.APPROVE && (r == null || r.length() < 5)) {
            throw RevocationRefusals.reasonRequired(verdict);
        }
        this.lastNote = r == null || r.isEmpty() ? null : (r.length() > 2000 ? r.substring(0, 2000) : r);
        this.resolvedBy = actor;
        this.resolvedAt = now;
        this.status = switch (verdict) {
            case APPROVE -> Status.APPROVED;
            case REJECT -> Status.REJECTED;
            case RETURN -> Status.RETURNED;
        };
    }

    /** The working group answers a RETURNED case; it is OPEN again for the province. */
    public void resubmit(String note, LocalDate newDue, Instant now) {
        if (status != Status.RETURNED) {
            throw BusinessException.rule("CASE_NOT_RETURNED", "فقط پروندهٔ بازگشتی دوباره ارسال می‌شود.",
                    "Only a returned case can be resubmitted.");
        }
        String n = PersianText.normalize(note);
        if (n == null || n.length() < 5) {
            throw BusinessException.invalid("NOTE_REQUIRED", "اطلاعات تکمیلی را بنویسید.",
                    "Write the additional information (at least 5 characters).");
        }
        this.lastNote = n.length() > 2000 ? n.substring(0, 2000) : n;
        this.status = Status.OPEN;
        this.deadline = deadline.movedTo(newDue);
        this.resolvedBy = null;
        this.resolvedAt = null;
    }

    /**
     * Escalates an OPEN case the province has not decided by its due day; false if it is not late
     * or was already escalated (ever: a resubmitted case is not escalated again).
     */
    public boolean escalateIfLate(LocalDate today) {
        return status == Status.OPEN && deadline.isMissedOn(today) && deadline.escalate(today);
    }

    public LocalDate getEscalatedOn() { return deadline.escalatedOn(); }

    @Override
    public String auditType() { return "RevocationCase"; }

    @Override
    public Object auditId() { return id; }

    @Override
    public String persianThis() { return "این پرونده"; }

    @Override
    public String englishThis() { return "this case"; }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("report", reportId);
        s.put("license", license.getNumber());
        s.put("status", status.name());
        s.put("dueOn", deadline.dueOn().toString());
        if (lastNote != null) {
            s.put("note", lastNote);
        }
        return s;
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public License getLicense() { return license; }
    public County getCounty() { return county; }
    public Status getStatus() { return status; }
    public Instant getOpenedAt() { return openedAt; }
    public LocalDate getDueOn() { return deadline.dueOn(); }
    public String getLastNote() { return lastNote; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    @Override
    public long getVersion() { return version; }
}
