package ir.pishkhan.violation.entity;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A kind of violation (نوع تخلف) with its severity and the points it adds to an office's
 * rolling 12-month record. Seeded from the regulations; administrators edit or add categories.
 * A category is never deleted (old reports name it); it is deactivated instead.
 */
@Entity
@Table(name = "violation_category")
public class ViolationCategory implements java.io.Serializable, ir.pishkhan.shared.audit.Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_fa", nullable = false, length = 150)
    private String nameFa;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected ViolationCategory() {
    }

    public ViolationCategory(String code, String nameFa, Severity severity, int points) {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw BusinessException.invalid("CATEGORY_CODE_INVALID",
                    "کد نوع تخلف باید با حروف بزرگ لاتین، رقم و _ باشد (حداکثر ۴۰ نویسه).",
                    "A category code is upper-case Latin letters, digits and _ (at most 40).");
        }
        this.code = code;
        this.active = true;
        change(nameFa, severity, points, true);
    }

    /** Changes name, severity, points and whether new reports may use the category. */
    public void change(String nameFa, Severity severity, int points, boolean active) {
        String name = PersianText.normalize(nameFa);
        if (name == null || name.isEmpty() || name.length() > 150) {
            throw BusinessException.invalid("CATEGORY_NAME_REQUIRED", "عنوان نوع تخلف را وارد کنید (حداکثر ۱۵۰ نویسه).",
                    "The category's name is required (at most 150 characters).");
        }
        if (severity == null) {
            throw BusinessException.invalid("SEVERITY_REQUIRED", "شدت تخلف را مشخص کنید.", "The severity is required.");
        }
        if (points < 0 || points > 1000) {
            throw BusinessException.invalid("POINTS_OUT_OF_RANGE", "امتیاز منفی باید بین ۰ و ۱۰۰۰ باشد.",
                    "Points must be between 0 and 1000.");
        }
        this.nameFa = name;
        this.severity = severity;
        this.points = points;
        this.active = active;
    }

    @Override
    public String auditType() { return "ViolationCategory"; }

    @Override
    public Object auditId() { return code; }

    /** National reference data: no province. */
    @Override
    public Long auditProvinceId() { return null; }

    @Override
    public Long auditCountyId() { return null; }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("nameFa", nameFa);
        s.put("severity", severity.name());
        s.put("points", points);
        s.put("active", active);
        return s;
    }

    public String getCode() { return code; }
    public String getNameFa() { return nameFa; }
    public Severity getSeverity() { return severity; }
    public int getPoints() { return points; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
