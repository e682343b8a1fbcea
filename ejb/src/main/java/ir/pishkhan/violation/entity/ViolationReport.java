package ir.pishkhan.violation.entity;

import ir.pishkhan.license.entity.License;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.InCounty;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.Refusals;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.persistence.Versioned;
import ir.pishkhan.shared.text.PersianText;
import ir.pishkhan.shared.time.Deadline;
import jakarta.persistence.AttributeOverride;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A violation report (گزارش تخلف) against one office and its whole path: screening by the county
 * post office, the notice with its defence deadline, the office's defence, the working-group
 * session it is put before and the decision with its rationale.
 *
 * <p>Every step is a method that refuses an illegal transition with a reason (a report cannot
 * be decided before it is on an agenda, nor before the office's defence is in or its deadline
 * has passed). The version column makes two people acting on one report at once collide.
 */
@Entity
@Table(name = "violation_report")
public class ViolationReport implements java.io.Serializable, InCounty, Versioned {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "category_code", nullable = false)
    private ViolationCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportSource source;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Agency agency;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "inspection_id")
    private Long inspectionId;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Column(name = "reported_by", nullable = false, length = 64)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    /** The first response (screening) is due by this day (3 working days after the report); escalated once if missed. */
    @Embedded
    @AttributeOverride(name = "dueOn", column = @Column(name = "response_due", nullable = false))
    private Deadline responseDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReportStatus status;

    @Column(name = "screened_by", length = 64)
    private String screenedBy;

    @Column(name = "screened_at")
    private Instant screenedAt;

    @Column(name = "screening_note", length = 1000)
    private String screeningNote;

    @Column(name = "notice_sent_at")
    private Instant noticeSentAt;

    @Column(name = "defence_due")
    private LocalDate defenceDue;

    @Column(name = "defence_text", length = 4000)
    private String defenceText;

    @Column(name = "defence_by", length = 64)
    private String defenceBy;

    @Column(name = "defence_at")
    private Instant defenceAt;

    @Column(name = "session_id")
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Outcome decision;

    @Column(name = "suspension_days")
    private Integer suspensionDays;

    @Column(length = 4000)
    private String rationale;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    /** Points the decision added to the office's record (none when dismissed). */
    @Column
    private Integer points;

    @Version
    private long version;

    protected ViolationReport() {
    }

    /** A new report, waiting for the post office's screening. */
    public ViolationReport(License license, ViolationCategory category, ReportSource source, Agency agency,
                           String description, LocalDate occurredOn, String reportedBy, LocalDate responseDue,
                           Instant now) {
        if (category == null || !category.isActive()) {
            throw ReportRefusals.categoryUnknown();
        }
        String text = PersianText.normalize(description);
        if (text == null || text.length() < 10 || text.length() > 2000) {
            throw BusinessException.invalid("DESCRIPTION_REQUIRED",
                    "شرح تخلف را بنویسید (دست‌کم ۱۰ و حداکثر ۲۰۰۰ نویسه).",
                    "Describe the violation (10 to 2000 characters).");
        }
        if (occurredOn != null && occurredOn.isAfter(LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Tehran")))) {
            throw BusinessException.invalid("OCCURRED_IN_FUTURE", "تاریخ وقوع تخلف نمی‌تواند در آینده باشد.",
                    "The violation cannot have happened in the future.");
        }
        this.license = license;
        this.county = license.getCounty();
        this.category = category;
        this.source = source;
        this.agency = agency;
        this.description = text;
        this.occurredOn = occurredOn;
        this.reportedBy = reportedBy;
        this.reportedAt = now;
        this.responseDeadline = Deadline.on(responseDue);
        this.status = ReportStatus.REPORTED;
    }

    /** Links the report to the complaint or inspection it came from. */
    public void cameFrom(Long complaintId, Long inspectionId) {
        this.complaintId = complaintId;
        this.inspectionId = inspectionId;
    }

    /** The post office's screening: the report is founded (ACCEPTED) or not (DISMISSED, with a reason). */
    public void screen(boolean founded, String note, String actor, Instant now) {
        require(ReportStatus.REPORTED, "بررسی اولیه", "screen");
        String n = PersianText.normalize(note);
        if (!founded && (n == null || n.isEmpty())) {
            throw Refusals.reasonRequired("رد گزارش", "dismissing the report");
        }
        this.status = founded ? ReportStatus.ACCEPTED : ReportStatus.DISMISSED;
        this.screeningNote = n == null || n.isEmpty() ? null : limit(n, 1000);
        this.screenedBy = actor;
        this.screenedAt = now;
    }

    /** Sends the office its notice; it may defend itself until {@code defenceDue}. */
    public void sendNotice(LocalDate defenceDue, Instant now) {
        require(ReportStatus.ACCEPTED, "ارسال اخطاریه", "send a notice on");
        this.status = ReportStatus.NOTICE_SENT;
        this.noticeSentAt = now;
        this.defenceDue = defenceDue;
    }

    /** The office's defence (دفاعیه), once, no later than the deadline, before the decision. */
    public void defend(String text, String by, LocalDate today, Instant now) {
        if (status != ReportStatus.NOTICE_SENT && status != ReportStatus.ON_AGENDA) {
            throw illegal("ثبت دفاعیه", "defend");
        }
        if (defenceText != null) {
            throw BusinessException.conflict("DEFENCE_ALREADY_SUBMITTED", "دفاعیهٔ این گزارش پیش‌تر ثبت شده است.",
                    "The defence for this report was already submitted.");
        }
        if (today.isAfter(defenceDue)) {
            throw BusinessException.rule("DEFENCE_DEADLINE_PASSED",
                    "مهلت دفاع در " + JalaliDates.format(defenceDue) + " به پایان رسیده است.",
                    "The defence deadline (" + defenceDue + ") has passed.");
        }
        String t = PersianText.normalize(text);
        if (t == null || t.length() < 10 || t.length() > 4000) {
            throw BusinessException.invalid("DEFENCE_TEXT_REQUIRED", "متن دفاعیه را بنویسید (دست‌کم ۱۰ و حداکثر ۴۰۰۰ نویسه).",
                    "Write the defence (10 to 4000 characters).");
        }
        this.defenceText = t;
        this.defenceBy = by;
        this.defenceAt = now;
    }

    /** Puts the report on a session's agenda (or moves it to another session before the decision). */
    public void putOnAgenda(long sessionId) {
        if (status != ReportStatus.NOTICE_SENT && status != ReportStatus.ON_AGENDA) {
            throw illegal("قرار دادن در دستور کار", "put on an agenda");
        }
        this.status = ReportStatus.ON_AGENDA;
        this.sessionId = sessionId;
    }

    /** Whether the report waits on a working-group session's agenda for its decision. */
    public boolean isOnAgenda() {
        return status == ReportStatus.ON_AGENDA;
    }

    /** Whether the office's defence is on record, or its deadline has passed without one. */
    public boolean defenceSettled(LocalDate today) {
        return defenceText != null || (defenceDue != null && today.isAfter(defenceDue));
    }

    /** Refuses a decision while the office's defence is neither in nor overdue. */
    public void requireDefenceSettled(LocalDate today) {
        if (!defenceSettled(today)) {
            throw BusinessException.rule("DEFENCE_PENDING",
                    "دفاعیهٔ دفتر هنوز ثبت نشده و مهلت آن تا " + JalaliDates.format(defenceDue)
                            + " است؛ پیش از آن تصمیم‌گیری ممکن نیست.",
                    "The office's defence is not in and its deadline (" + defenceDue + ") has not passed.");
        }
    }

    /**
     * Records the working group's decision. The caller has checked the quorum and the votes;
     * this checks the report's own state: on an agenda, defence settled, a written rationale,
     * and a number of days for a suspension.
     */
    public void decide(Ruling ruling, String actor, LocalDate today, Instant now) {
        decide(ruling.outcome(), ruling.suspensionDays(), ruling.rationale(), actor, today, now);
    }

    /** As {@link #decide(Ruling, String, LocalDate, Instant)}, the ruling's parts given one by one. */
    public void decide(Outcome outcome, Integer days, String rationale, String actor, LocalDate today, Instant now) {
        require(ReportStatus.ON_AGENDA, "تصمیم‌گیری", "decide");
        requireDefenceSettled(today);
        if (outcome == null) {
            throw BusinessException.invalid("OUTCOME_REQUIRED", "تصمیم کارگروه را مشخص کنید.", "The decision is required.");
        }
        String r = PersianText.normalize(rationale);
        if (r == null || r.length() < 10) {
            throw BusinessException.invalid("RATIONALE_REQUIRED", "استدلال تصمیم را بنویسید (دست‌کم ۱۰ نویسه).",
                    "Write the rationale of the decision (at least 10 characters).");
        }
        Outcome.requireSuspensionDays(outcome, days);
        this.decision = outcome;
        this.suspensionDays = outcome == Outcome.SUSPENSION ? days : null;
        this.rationale = limit(r, 4000);
        this.decidedBy = actor;
        this.decidedAt = now;
        this.decidedOn = today;
        this.points = outcome == Outcome.DISMISSED ? 0 : category.getPoints();
        this.status = ReportStatus.DECIDED;
    }

    private void require(ReportStatus expected, String stepFa, String stepEn) {
        if (status != expected) {
            throw illegal(stepFa, stepEn);
        }
    }

    private BusinessException illegal(String stepFa, String stepEn) {
        return BusinessException.rule("ILLEGAL_TRANSITION",
                "گزارش در وضعیت «" + status.persianName() + "» است و «" + stepFa + "» برای آن ممکن نیست.",
                "Cannot " + stepEn + " a report that is " + status + ".");
    }

    private static String limit(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /**
     * Escalates a report still waiting for its screening after the response deadline; false if it
     * is not late or was already escalated, so the nightly check escalates each report once.
     */
    public boolean escalateIfLate(LocalDate today) {
        return status == ReportStatus.REPORTED && responseDeadline.isMissedOn(today) && responseDeadline.escalate(today);
    }

    public LocalDate getEscalatedOn() { return responseDeadline.escalatedOn(); }

    @Override
    public String auditType() { return "ViolationReport"; }

    @Override
    public Object auditId() { return id; }

    @Override
    public String persianThis() { return "این گزارش"; }

    @Override
    public String englishThis() { return "this report"; }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("license", license.getNumber());
        s.put("category", category.getCode());
        s.put("source", source.name());
        if (agency != null) {
            s.put("agency", agency.name());
        }
        s.put("status", status.name());
        if (defenceDue != null) {
            s.put("defenceDue", defenceDue.toString());
        }
        if (defenceText != null) {
            s.put("defence", "submitted");
        }
        if (sessionId != null) {
            s.put("session", sessionId);
        }
        if (decision != null) {
            s.put("decision", decision.name());
            if (suspensionDays != null) {
                s.put("suspensionDays", suspensionDays);
            }
        }
        return s;
    }

    public Long getId() { return id; }
    public County getCounty() { return county; }
    public License getLicense() { return license; }
    public ViolationCategory getCategory() { return category; }
    public ReportSource getSource() { return source; }
    public Agency getAgency() { return agency; }
    public Long getComplaintId() { return complaintId; }
    public Long getInspectionId() { return inspectionId; }
    public String getDescription() { return description; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getReportedBy() { return reportedBy; }
    public Instant getReportedAt() { return reportedAt; }
    public LocalDate getResponseDue() { return responseDeadline.dueOn(); }
    public ReportStatus getStatus() { return status; }
    public String getScreenedBy() { return screenedBy; }
    public Instant getScreenedAt() { return screenedAt; }
    public String getScreeningNote() { return screeningNote; }
    public Instant getNoticeSentAt() { return noticeSentAt; }
    public LocalDate getDefenceDue() { return defenceDue; }
    public String getDefenceText() { return defenceText; }
    public String getDefenceBy() { return defenceBy; }
    public Instant getDefenceAt() { return defenceAt; }
    public Long getSessionId() { return sessionId; }
    public Outcome getDecision() { return decision; }
    public Integer getSuspensionDays() { return suspensionDays; }
    public String getRationale() { return rationale; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public Integer getPoints() { return points; }
    @Override
    public long getVersion() { return version; }
}
