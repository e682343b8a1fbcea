package ir.pishkhan.complaint.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A citizen's complaint about an office: FILED until the county post office answers it,
 * ACCEPTED (it became a violation report) or REJECTED (with the reason as the answer); after
 * the answer the citizen may rate the outcome once. The tracking code is the citizen's only key.
 */
@Entity
@Table(name = "complaint")
public class Complaint implements java.io.Serializable, InCounty, Versioned {

    private static final long serialVersionUID = 1L;

    public enum Status {
        FILED("در دست بررسی"), ACCEPTED("پذیرفته شد و به گزارش تخلف تبدیل شد"), REJECTED("بررسی شد؛ تخلفی احراز نشد");

        private final String persianName;

        Status(String persianName) {
            this.persianName = persianName;
        }

        public String persianName() {
            return persianName;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_code", nullable = false, unique = true, length = 16)
    private String trackingCode;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    @Column(name = "citizen_name", length = 100)
    private String citizenName;

    @Column(name = "citizen_mobile", length = 11)
    private String citizenMobile;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    /** The answer is due by this day (working days from filing); escalated once if missed. */
    @Embedded
    private Deadline deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(length = 2000)
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column
    private Integer rating;

    @Column(name = "rating_comment", length = 500)
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Version
    private long version;

    protected Complaint() {
    }

    public Complaint(String trackingCode, License license, String citizenName, String citizenMobile, String body,
                     LocalDate dueOn, Instant now) {
        String text = PersianText.normalize(body);
        if (text == null || text.length() < 20 || text.length() > 2000) {
            throw BusinessException.invalid("COMPLAINT_TEXT_LENGTH", "شرح شکایت باید دست‌کم ۲۰ و حداکثر ۲۰۰۰ نویسه باشد.",
                    "The complaint must be 20 to 2000 characters long.");
        }
        String name = PersianText.normalize(citizenName);
        if (name != null && name.length() > 100) {
            throw BusinessException.invalid("NAME_TOO_LONG", "نام حداکثر ۱۰۰ نویسه است.", "The name is at most 100 characters.");
        }
        String mobile = PersianText.normalizeDigits(citizenMobile);
        if (mobile != null && !mobile.isEmpty() && !mobile.matches("09\\d{9}")) {
            throw BusinessException.invalid("MOBILE_INVALID", "شمارهٔ همراه را به شکل ۰۹۱۲۳۴۵۶۷۸۹ وارد کنید.",
                    "Give the mobile number as 09XXXXXXXXX.");
        }
        this.trackingCode = trackingCode;
        this.license = license;
        this.county = license.getCounty();
        this.citizenName = name == null || name.isEmpty() ? null : name;
        this.citizenMobile = mobile == null || mobile.isEmpty() ? null : mobile;
        this.body = text;
        this.filedAt = now;
        this.deadline = Deadline.on(dueOn);
        this.status = Status.FILED;
    }

    /** The post office's answer: accepted (becomes a violation report) or rejected; the answer text is required. */
    public void answer(boolean accepted, String answerText, String actor, Instant now) {
        if (status != Status.FILED) {
            throw BusinessException.rule("COMPLAINT_ALREADY_ANSWERED", "به این شکایت پیش‌تر پاسخ داده شده است.",
                    "The complaint was already answered.");
        }
        String a = PersianText.normalize(answerText);
        if (a == null || a.length() < 5 || a.length() > 2000) {
            throw BusinessException.invalid("ANSWER_REQUIRED", "پاسخ به شهروند را بنویسید (دست‌کم ۵ نویسه).",
                    "Write the answer to the citizen (at least 5 characters).");
        }
        this.status = accepted ? Status.ACCEPTED : Status.REJECTED;
        this.answer = a;
        this.answeredBy = actor;
        this.answeredAt = now;
    }

    /** The citizen's rating of the outcome, 1 to 5, once, after the answer. */
    public void rate(int stars, String comment, Instant now) {
        if (status == Status.FILED) {
            throw BusinessException.rule("COMPLAINT_NOT_ANSWERED", "پس از پاسخ به شکایت می‌توانید به نتیجه امتیاز دهید.",
                    "The complaint can be rated once it is answered.");
        }
        if (rating != null) {
            throw BusinessException.conflict("ALREADY_RATED", "به نتیجهٔ این شکایت پیش‌تر امتیاز داده‌اید.",
                    "This complaint was already rated.");
        }
        if (stars < 1 || stars > 5) {
            throw BusinessException.invalid("RATING_OUT_OF_RANGE", "امتیاز باید از ۱ تا ۵ باشد.", "The rating is 1 to 5.");
        }
        String c = PersianText.normalize(comment);
        this.rating = stars;
        this.ratingComment = c == null || c.isEmpty() ? null : (c.length() > 500 ? c.substring(0, 500) : c);
        this.ratedAt = now;
    }

    /**
     * Escalates a complaint still unanswered after its due day; false if it is not late or was
     * already escalated, so the nightly check escalates each complaint once.
     */
    public boolean escalateIfLate(LocalDate today) {
        return status == Status.FILED && deadline.isMissedOn(today) && deadline.escalate(today);
    }

    public LocalDate getEscalatedOn() { return deadline.escalatedOn(); }

    @Override
    public String auditType() { return "Complaint"; }

    @Override
    public Object auditId() { return id; }

    @Override
    public String persianThis() { return "این شکایت"; }

    @Override
    public String englishThis() { return "this complaint"; }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("trackingCode", trackingCode);
        s.put("license", license.getNumber());
        s.put("status", status.name());
        s.put("dueOn", deadline.dueOn().toString());
        if (rating != null) {
            s.put("rating", rating);
        }
        return s;
    }

    public Long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public License getLicense() { return license; }
    public County getCounty() { return county; }
    public String getCitizenName() { return citizenName; }
    public String getCitizenMobile() { return citizenMobile; }
    public String getBody() { return body; }
    public Instant getFiledAt() { return filedAt; }
    public LocalDate getDueOn() { return deadline.dueOn(); }
    public Status getStatus() { return status; }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Integer getRating() { return rating; }
    public String getRatingComment() { return ratingComment; }
    public Instant getRatedAt() { return ratedAt; }
    @Override
    public long getVersion() { return version; }
}
