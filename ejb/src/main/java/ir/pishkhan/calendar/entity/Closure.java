package ir.pishkhan.calendar.entity;

import ir.pishkhan.shared.audit.Audited;
import java.util.Map;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.Refusals;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An ad-hoc closure (تعطیلی) a province declares — snow, air pollution, mourning — for one day. */
@Entity
@Table(name = "closure")
public class Closure implements java.io.Serializable, Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(name = "closure_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(name = "declared_by", nullable = false, length = 64)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected Closure() {
    }

    /** A closure of today or a later day; the past is not rewritten (deadlines already counted stay). */
    public Closure(Province province, LocalDate date, LocalDate today, String reason, String declaredBy, Instant now) {
        if (date == null || date.isBefore(today)) {
            throw BusinessException.invalid("CLOSURE_DATE_INVALID", "تاریخ تعطیلی باید امروز یا پس از آن باشد.",
                    "A closure is declared for today or a later day.");
        }
        String r = PersianText.normalize(reason);
        if (r == null || r.length() < 3 || r.length() > 300) {
            throw Refusals.reasonRequired("تعطیلی", "the closure");
        }
        this.province = province;
        this.date = date;
        this.reason = r;
        this.declaredBy = declaredBy;
        this.declaredAt = now;
    }

    @Override public String auditType() { return "Closure"; }
    @Override public Object auditId() { return id; }
    @Override public Long auditProvinceId() { return province.getId(); }
    @Override public Long auditCountyId() { return null; }

    /** What the audit trail records of a closure. */
    @Override
    public Map<String, Object> snapshot() {
        return Map.of("date", date.toString(), "reason", reason);
    }

    public Long getId() { return id; }
    public Province getProvince() { return province; }
    public LocalDate getDate() { return date; }
    public String getReason() { return reason; }
    public String getDeclaredBy() { return declaredBy; }
}
