package ir.pishkhan.web.violation;

import ir.pishkhan.license.boundary.Contracts;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import ir.pishkhan.violation.boundary.Violations;
import ir.pishkhan.violation.entity.Attachment;
import ir.pishkhan.violation.entity.ViolationCategory;
import ir.pishkhan.violation.entity.ViolationReport;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * An agency reporter's violation page (گزارش تخلف): the reports they filed and where each stands,
 * and the form to report one of the offices their agency holds a current contract with — the
 * category, what happened and when, and optionally an evidence file. Arrives with
 * {@code ?license=} from the contracts page to report that office.
 */
@Named
@ViewScoped
public class FiledReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Violations violations;

    @Inject
    Contracts contracts;

    /** An office the reporter's agency works with, as the office list shows it. */
    public record Office(long licenseId, String label) implements Serializable {
    }

    private List<ViolationReport> reports;
    private List<Office> offices;
    private List<ViolationCategory> categories;
    private final Map<Long, List<Attachment>> attachments = new HashMap<>();

    private Long license;
    private String category;
    private String description;
    private LocalDate occurredOn;
    private transient UploadedFile evidence;

    public void load() {
        reports = violations.filedByMe();
        attachments.clear();
        if (offices == null) {
            // One entry per office, however many of the agency's contracts it holds.
            Map<Long, Office> byLicence = new LinkedHashMap<>();
            for (ServiceContract c : contracts.mine()) {
                License l = c.getLicense();
                // The licence number is isolated left-to-right so its dashes keep their order in the Persian label.
                byLicence.putIfAbsent(l.getId(), new Office(l.getId(), l.getOfficeName() + " — \u2066" + l.getNumber()
                        + "\u2069 — " + l.getCounty().getNameFa()));
            }
            offices = List.copyOf(byLicence.values());
            categories = violations.categories().stream().filter(ViolationCategory::isActive).toList();
        }
    }

    public void report() {
        ViolationReport filed = violations.report(license == null ? 0 : license, null, category, description, occurredOn);
        String message = "گزارش شمارهٔ " + PersianText.digitsToPersian(String.valueOf(filed.getId()))
                + " ثبت شد و به ادارهٔ پست شهرستان برای بررسی رسید.";
        FacesMessage.Severity severity = FacesMessage.SEVERITY_INFO;
        if (evidence != null && evidence.getSize() > 0) {
            try {
                Attachment a = violations.attach(filed.getId(), Attachment.Kind.EVIDENCE, evidence.getFileName(),
                        evidence.getContent());
                message += " مدرک «" + a.getFileName() + "» پیوست شد.";
            } catch (BusinessException e) {
                // The report stands (it was its own transaction); say why the file was refused so
                // it can be added again from the list below.
                message += " اما پرونده پیوست نشد: " + e.persianMessage();
                severity = FacesMessage.SEVERITY_WARN;
            }
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
        category = null;
        description = null;
        occurredOn = null;
        evidence = null;
        load();
    }

    /** More evidence for a report still open, uploaded as soon as it is chosen; the report is the component's "reportId". */
    public void addEvidence(FileUploadEvent event) {
        long reportId = ((Number) event.getComponent().getAttributes().get("reportId")).longValue();
        UploadedFile file = event.getFile();
        Attachment a = violations.attach(reportId, Attachment.Kind.EVIDENCE, file.getFileName(), file.getContent());
        attachments.remove(reportId);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "مدرک «" + a.getFileName() + "» به گزارش شمارهٔ " + PersianText.digitsToPersian(String.valueOf(reportId))
                        + " پیوست شد.", null));
    }

    public List<Attachment> attachmentsOf(ViolationReport r) {
        return attachments.computeIfAbsent(r.getId(), violations::attachments);
    }

    public List<ViolationReport> getReports() { return reports; }
    public List<Office> getOffices() { return offices; }
    public List<ViolationCategory> getCategories() { return categories; }
    public Long getLicense() { return license; }
    public void setLicense(Long v) { license = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate v) { occurredOn = v; }
    public UploadedFile getEvidence() { return evidence; }
    public void setEvidence(UploadedFile v) { evidence = v; }
}
