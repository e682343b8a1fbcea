package ir.pishkhan.calendar.entity;

import ir.pishkhan.shared.audit.Audited;
import java.util.Map;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A public holiday (تعطیل رسمی) for the whole country: the fixed solar ones are seeded, lunar ones entered yearly. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday implements java.io.Serializable, Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @Column(name = "name_fa", nullable = false, length = 150)
    private String nameFa;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate date, String nameFa, String createdBy, Instant now) {
        String name = PersianText.normalize(nameFa);
        if (date == null) {
            throw BusinessException.invalid("HOLIDAY_DATE_REQUIRED", "تاریخ تعطیل را وارد کنید.", "The holiday's date is required.");
        }
        if (name == null || name.isEmpty() || name.length() > 150) {
            throw BusinessException.invalid("HOLIDAY_NAME_REQUIRED", "نام مناسبت را وارد کنید (حداکثر ۱۵۰ نویسه).",
                    "The holiday's name is required (at most 150 characters).");
        }
        this.date = date;
        this.nameFa = name;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public LocalDate getDate() { return date; }
    public String getNameFa() { return nameFa; }
    public String getCreatedBy() { return createdBy; }

    @Override public String auditType() { return "PublicHoliday"; }
    @Override public Object auditId() { return id; }
    @Override public Long auditProvinceId() { return null; }
    @Override public Long auditCountyId() { return null; }

    /** What the audit trail records of a holiday. */
    @Override
    public Map<String, Object> snapshot() {
        return Map.of("date", date.toString(), "name", nameFa);
    }
}
