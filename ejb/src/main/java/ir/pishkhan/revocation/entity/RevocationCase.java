package ir.pishkhan.revocation.entity;

import ir.pishkhan.license.entity.License;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.Column;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A revocation case (پروندهٔ لغو پروانه): OPEN until a province official decides it; RETURNED to
 * the working group for more information (the secretary resubmits it); APPROVED or REJECTED
 * for good. While it is OPEN or RETURNED the licence is not renewed.
 */
@Entity
@Table(name = "revocation_case")
public class RevocationCase implements java.io.Serializable {

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

    /** The province's answer is due by this day (working days from opening). */
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    /** The day the missed deadline was escalated to a supervisor; once only. */
    @Column(name = "escalated_on")
    private LocalDate escalatedOn;

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
        this.dueOn = dueOn;
    }

    /**
     * A province official's verdict. REJECT and RETURN need a reason; only an OPEN case takes a
     * verdict (a RETURNED one waits for the working group).
     */
    public void decide(Verdict verdict, String reason, String actor, Instant now) {
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
            throw BusinessException.invalid("REASON_REQUIRED",
                    verdict == Verdict.REJECT ? "دلیل رد پرونده را بنویسید." : "بنویسید چه اطلاعاتی لازم است.",
                    "Give the reason (at least 5 characters).");
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
        this.dueOn = newDue;
        this.resolvedBy = null;
        this.resolvedAt = null;
    }

    /**
     * Marks the missed deadline as escalated today; false if it was already escalated, so the
     * nightly check escalates each item once.
     */
    public boolean escalate(LocalDate today) {
        if (escalatedOn != null) {
            return false;
        }
        escalatedOn = today;
        return true;
    }

    public LocalDate getEscalatedOn() { return escalatedOn; }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("report", reportId);
        s.put("license", license.getNumber());
        s.put("status", status.name());
        s.put("dueOn", dueOn.toString());
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
    public LocalDate getDueOn() { return dueOn; }
    public String getLastNote() { return lastNote; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public long getVersion() { return version; }
}
