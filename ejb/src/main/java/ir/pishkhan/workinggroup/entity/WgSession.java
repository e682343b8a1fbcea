package ir.pishkhan.workinggroup.entity;

import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.InCounty;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A session of a county's working group (جلسهٔ کارگروه): when and where, and who of the members
 * attended. The reports on its agenda point to it.
 *
 * <p>From its first decision on, the session keeps its minutes as a frozen record (members with
 * their names, attendance, quorum, votes, decisions) with the SHA-256 of the minutes' PDF; each
 * later decision freezes them again with that decision added. Attendance no longer changes once
 * a decision stands on it.
 */
@Entity
@Table(name = "wg_session")
public class WgSession implements java.io.Serializable, InCounty {

    private static final long serialVersionUID = 1L;

    public enum Status { SCHEDULED, HELD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "session_time", nullable = false, length = 5)
    private String time;

    @Column(nullable = false, length = 200)
    private String place;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Member username → present. Only members are listed. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "wg_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "username", length = 64)
    @Column(name = "present", nullable = false)
    private Map<String, Boolean> attendance = new TreeMap<>();

    /** The minutes as frozen at the latest decision (JSON), null before the first decision. */
    @Column(name = "minutes_record")
    private String minutesRecord;

    /** SHA-256 of the minutes' PDF rendered from {@link #minutesRecord}, in hexadecimal. */
    @Column(name = "minutes_sha256", length = 64)
    private String minutesSha256;

    @Column(name = "minutes_frozen_at")
    private Instant minutesFrozenAt;

    @Version
    private long version;

    protected WgSession() {
    }

    public WgSession(County county, LocalDate date, String time, String place, String createdBy, Instant now) {
        if (date == null) {
            throw BusinessException.invalid("SESSION_DATE_REQUIRED", "تاریخ جلسه را وارد کنید.", "The session date is required.");
        }
        // People type the time as the form shows it, ۱۰:۳۰; it is kept as 10:30.
        time = time == null ? null : PersianText.digitsToAscii(time.trim());
        if (time == null || !time.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            throw BusinessException.invalid("SESSION_TIME_INVALID", "ساعت جلسه را به شکل ۱۰:۳۰ وارد کنید.",
                    "Give the session time as HH:mm.");
        }
        String p = PersianText.normalize(place);
        if (p == null || p.isEmpty() || p.length() > 200) {
            throw BusinessException.invalid("SESSION_PLACE_REQUIRED", "محل برگزاری جلسه را وارد کنید.",
                    "The session's place is required.");
        }
        this.county = county;
        this.date = date;
        this.time = time;
        this.place = p;
        this.status = Status.SCHEDULED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Records who of the members attended; the session counts as held from then on. */
    public void recordAttendance(Map<String, Boolean> byMember) {
        if (minutesRecord != null) {
            throw BusinessException.rule("ATTENDANCE_FROZEN",
                    "در این جلسه تصمیم ثبت شده و حضور و غیاب آن در صورت‌جلسه ثبت نهایی شده است؛ تغییر آن ممکن نیست.",
                    "A decision of this session stands on its attendance, which is final in the minutes.");
        }
        attendance.clear();
        attendance.putAll(byMember);
        status = Status.HELD;
    }

    /** Keeps the minutes as a decision settled them: the record, its PDF's SHA-256, and when. */
    public void freezeMinutes(String record, String sha256, Instant at) {
        if (record == null || record.isBlank() || sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Frozen minutes need their record and the SHA-256 of their PDF");
        }
        this.minutesRecord = record;
        this.minutesSha256 = sha256;
        this.minutesFrozenAt = at;
    }

    /** The minutes frozen at the latest decision, if a decision was taken. */
    public java.util.Optional<String> frozenMinutes() {
        return java.util.Optional.ofNullable(minutesRecord);
    }

    public boolean isPresent(String username) {
        return Boolean.TRUE.equals(attendance.get(username));
    }

    public long presentCount() {
        return attendance.values().stream().filter(Boolean::booleanValue).count();
    }

    @Override
    public String auditType() { return "WgSession"; }

    @Override
    public Object auditId() { return id; }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("date", date.toString());
        s.put("time", time);
        s.put("place", place);
        s.put("status", status.name());
        s.put("attendance", new TreeMap<>(attendance));
        if (minutesSha256 != null) {
            s.put("minutesSha256", minutesSha256);
        }
        return s;
    }

    public Long getId() { return id; }
    public County getCounty() { return county; }
    public LocalDate getDate() { return date; }
    public String getTime() { return time; }
    public String getPlace() { return place; }
    public Status getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Map<String, Boolean> getAttendance() { return Collections.unmodifiableMap(attendance); }
    public String getMinutesSha256() { return minutesSha256; }
    public Instant getMinutesFrozenAt() { return minutesFrozenAt; }
    public long getVersion() { return version; }
}
