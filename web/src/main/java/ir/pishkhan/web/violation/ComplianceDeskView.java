package ir.pishkhan.web.violation;

import ir.pishkhan.complaint.boundary.Complaints;
import ir.pishkhan.complaint.entity.Complaint;
import ir.pishkhan.inspection.boundary.Inspections;
import ir.pishkhan.inspection.entity.ChecklistItem;
import ir.pishkhan.inspection.entity.Inspection;
import ir.pishkhan.inspection.entity.ItemResult;
import ir.pishkhan.license.boundary.Licenses;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.place.boundary.Places;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.violation.boundary.Violations;
import ir.pishkhan.violation.entity.Attachment;
import ir.pishkhan.violation.entity.ReportStatus;
import ir.pishkhan.violation.entity.ViolationCategory;
import ir.pishkhan.violation.entity.ViolationReport;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The county post office's compliance desk: screening violation reports and sending notices,
 * answering citizens' complaints, and recording inspections with the office's compliance file.
 */
@Named
@ViewScoped
public class ComplianceDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Places places;

    @Inject
    Violations violations;

    @Inject
    Complaints complaints;

    @Inject
    Inspections inspections;

    @Inject
    Licenses licenses;

    @Inject
    Clock clock;

    private List<County> counties;
    private Long countyId;
    private ReportStatus statusFilter;
    private final Map<Long, String> note = new HashMap<>();
    private final Map<Long, String> answer = new HashMap<>();
    private final Map<Long, String> category = new HashMap<>();
    private ViolationReport detail;
    /** The open tab, kept so that an update of the form does not jump back to the first one. */
    private int tab;

    // Inspection
    private Long licenseId;
    private Inspection.Kind kind = Inspection.Kind.PERIODIC;
    private LocalDate inspectedOn;
    private String inspectionNotes;
    private final Map<ChecklistItem, Boolean> passed = new EnumMap<>(ChecklistItem.class);
    private final Map<ChecklistItem, String> itemNote = new EnumMap<>(ChecklistItem.class);
    private List<ViolationReport> opened = List.of();

    @PostConstruct
    void init() {
        counties = places.myCounties(null, 0, 500);
        if (!counties.isEmpty()) {
            countyId = counties.get(0).getId();
        }
        resetChecklist();
    }

    private void resetChecklist() {
        for (ChecklistItem i : ChecklistItem.values()) {
            passed.put(i, Boolean.TRUE);
            itemNote.put(i, null);
        }
        inspectedOn = LocalDate.now(clock);
        inspectionNotes = null;
    }

    // ---- reports

    public List<ViolationReport> getReports() {
        return countyId == null ? List.of() : violations.search(countyId, statusFilter, null, 0, 100);
    }

    public boolean overdue(ViolationReport r) {
        return r.getStatus() == ReportStatus.REPORTED && r.getResponseDue().isBefore(LocalDate.now(clock));
    }

    public void accept(ViolationReport r) {
        violations.screen(r.getId(), r.getVersion(), true, note.remove(r.getId()));
        info("گزارش " + PersianNumbers.digits(r.getId()) + " پذیرفته شد.");
    }

    public void dismiss(ViolationReport r) {
        violations.screen(r.getId(), r.getVersion(), false, note.get(r.getId()));
        note.remove(r.getId());
        info("گزارش " + PersianNumbers.digits(r.getId()) + " رد شد.");
    }

    public void sendNotice(ViolationReport r) {
        ViolationReport sent = violations.sendNotice(r.getId(), r.getVersion());
        info("اخطاریهٔ گزارش " + PersianNumbers.digits(r.getId()) + " فرستاده شد؛ مهلت دفاع تا " + JalaliDates.format(sent.getDefenceDue()) + ".");
    }

    public void show(ViolationReport r) {
        detail = violations.get(r.getId());
    }

    public List<Attachment> getDetailAttachments() {
        return detail == null ? List.of() : violations.attachments(detail.getId());
    }

    public ReportStatus[] getStatuses() {
        return ReportStatus.values();
    }

    // ---- complaints

    public List<Complaint> getComplaints() {
        return countyId == null ? List.of() : complaints.list(countyId, null, 0, 100);
    }

    public boolean overdue(Complaint c) {
        return c.getStatus() == Complaint.Status.FILED && c.getDueOn().isBefore(LocalDate.now(clock));
    }

    public List<ViolationCategory> getCategories() {
        return violations.categories().stream().filter(ViolationCategory::isActive).toList();
    }

    public void acceptComplaint(Complaint c) {
        complaints.answer(c.getId(), c.getVersion(), true, category.get(c.getId()), answer.get(c.getId()));
        answer.remove(c.getId());
        info("شکایت \u2066" + c.getTrackingCode() + "\u2069 پذیرفته شد و گزارش تخلف تشکیل شد.");
    }

    public void rejectComplaint(Complaint c) {
        complaints.answer(c.getId(), c.getVersion(), false, null, answer.get(c.getId()));
        answer.remove(c.getId());
        info("به شکایت \u2066" + c.getTrackingCode() + "\u2069 پاسخ داده شد.");
    }

    // ---- inspections

    public List<License> getLicenses() {
        return countyId == null ? List.of()
                : licenses.ofCounty(countyId, 0, 500).stream().filter(l -> l.getStatus().occupiesSlot()).toList();
    }

    public Inspections.ComplianceFile getFile() {
        return licenseId == null ? null : inspections.file(licenseId);
    }

    public ChecklistItem[] getItems() {
        return ChecklistItem.values();
    }

    public Inspection.Kind[] getKinds() {
        return Inspection.Kind.values();
    }

    public void recordInspection() {
        Map<ChecklistItem, ItemResult> results = new EnumMap<>(ChecklistItem.class);
        for (ChecklistItem i : ChecklistItem.values()) {
            results.put(i, new ItemResult(Boolean.TRUE.equals(passed.get(i)), itemNote.get(i)));
        }
        Inspections.Recorded r = inspections.record(licenseId, kind, inspectedOn, inspectionNotes, results);
        opened = r.reports();
        info(r.inspection().isPassed() ? "بازرسی ثبت شد؛ همهٔ موارد رعایت شده بود."
                : "بازرسی ثبت شد و " + PersianNumbers.quantity(opened.size()) + " گزارش تخلف برای موارد رعایت‌نشده تشکیل شد.");
        resetChecklist();
    }

    private static void info(String m) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, m, null));
    }

    public int getTab() { return tab; }
    public void setTab(int v) { tab = v; }
    public List<County> getCounties() { return counties; }
    public Long getCountyId() { return countyId; }
    public void setCountyId(Long v) { countyId = v; licenseId = null; }
    public ReportStatus getStatusFilter() { return statusFilter; }
    public void setStatusFilter(ReportStatus v) { statusFilter = v; }
    public Map<Long, String> getNote() { return note; }
    public Map<Long, String> getAnswer() { return answer; }
    public Map<Long, String> getCategory() { return category; }
    public ViolationReport getDetail() { return detail; }
    public Long getLicenseId() { return licenseId; }
    public void setLicenseId(Long v) { licenseId = v; opened = List.of(); }
    public Inspection.Kind getKind() { return kind; }
    public void setKind(Inspection.Kind v) { kind = v; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate v) { inspectedOn = v; }
    public String getInspectionNotes() { return inspectionNotes; }
    public void setInspectionNotes(String v) { inspectionNotes = v; }
    public Map<ChecklistItem, Boolean> getPassed() { return passed; }
    public Map<ChecklistItem, String> getItemNote() { return itemNote; }
    public List<ViolationReport> getOpened() { return opened; }
}
