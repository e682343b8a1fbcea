package ir.pishkhan.inspection.entity;

import ir.pishkhan.license.entity.License;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.InCounty;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One visit to an office (بازرسی): when, by whom, periodic or ad hoc, and the result of every
 * checklist item. It passes only if every item passed. Never changed once recorded.
 */
@Entity
@Table(name = "inspection")
public class Inspection implements java.io.Serializable, InCounty {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        PERIODIC("دوره‌ای"), AD_HOC("موردی");

        private final String persianName;

        Kind(String persianName) {
            this.persianName = persianName;
        }

        public String persianName() {
            return persianName;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(nullable = false, length = 64)
    private String inspector;

    @Column(length = 2000)
    private String notes;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_item", joinColumns = @JoinColumn(name = "inspection_id"))
    @MapKeyColumn(name = "item", length = 32)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<ChecklistItem, ItemResult> items = new EnumMap<>(ChecklistItem.class);

    protected Inspection() {
    }

    /** Records a visit; every checklist item must have a result, and the date cannot be in the future. */
    public Inspection(License license, Kind kind, LocalDate inspectedOn, LocalDate today, String inspector, String notes,
                      Map<ChecklistItem, ItemResult> results, Instant now) {
        if (kind == null) {
            throw BusinessException.invalid("INSPECTION_KIND_REQUIRED", "نوع بازرسی (دوره‌ای یا موردی) را مشخص کنید.",
                    "The kind of inspection is required.");
        }
        if (inspectedOn == null || inspectedOn.isAfter(today)) {
            throw BusinessException.invalid("INSPECTION_DATE_INVALID", "تاریخ بازرسی را وارد کنید؛ تاریخ آینده پذیرفته نیست.",
                    "Give the inspection date; it cannot be in the future.");
        }
        List<ChecklistItem> missing = java.util.Arrays.stream(ChecklistItem.values())
                .filter(i -> results == null || results.get(i) == null).toList();
        if (!missing.isEmpty()) {
            throw BusinessException.invalid("CHECKLIST_INCOMPLETE", "نتیجهٔ این موارد ثبت نشده است: "
                    + String.join("، ", missing.stream().map(ChecklistItem::persianName).toList()),
                    "Results missing for: " + missing);
        }
        String n = PersianText.normalize(notes);
        this.license = license;
        this.county = license.getCounty();
        this.kind = kind;
        this.inspectedOn = inspectedOn;
        this.inspector = inspector;
        this.notes = n == null || n.isEmpty() ? null : (n.length() > 2000 ? n.substring(0, 2000) : n);
        this.items.putAll(results);
        this.passed = results.values().stream().allMatch(ItemResult::isPassed);
        this.createdAt = now;
    }

    /** The items that failed, in checklist order. */
    public List<ChecklistItem> failedItems() {
        return items.entrySet().stream().filter(e -> !e.getValue().isPassed()).map(Map.Entry::getKey).sorted().toList();
    }

    @Override
    public String auditType() { return "Inspection"; }

    @Override
    public Object auditId() { return id; }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("license", license.getNumber());
        s.put("kind", kind.name());
        s.put("inspectedOn", inspectedOn.toString());
        s.put("passed", passed);
        s.put("failed", failedItems().stream().map(Enum::name).toList());
        return s;
    }

    public Long getId() { return id; }
    public License getLicense() { return license; }
    public County getCounty() { return county; }
    public Kind getKind() { return kind; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public String getInspector() { return inspector; }
    public String getNotes() { return notes; }
    public boolean isPassed() { return passed; }
    public Map<ChecklistItem, ItemResult> getItems() { return Collections.unmodifiableMap(items); }
}
