package ir.pishkhan.web.violation;

import ir.pishkhan.license.boundary.Licenses;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.shared.text.PersianText;
import ir.pishkhan.violation.boundary.Violations;
import ir.pishkhan.violation.entity.Attachment;
import ir.pishkhan.violation.entity.ReportStatus;
import ir.pishkhan.violation.entity.ViolationReport;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The office manager's page (دفتر من): their licence — number, status, expiry, suspension — and
 * the violation notices (اخطاریه) their office received, with the defence deadline. While a
 * notice is open to defence the manager writes the defence (دفاعیه) once and adds documents to
 * it; the working group's decision shows here once it is made.
 */
@Named
@ViewScoped
public class MyOfficeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Licenses licenses;

    @Inject
    Violations violations;

    @Inject
    Clock clock;

    private List<License> licenceList;
    private List<ViolationReport> notices;
    private final Map<Long, List<Attachment>> attachments = new HashMap<>();
    private final Map<Long, String> defences = new HashMap<>();

    public void load() {
        licenceList = licenses.mine();
        notices = violations.noticesOfMyOffices();
        attachments.clear();
    }

    /**
     * Whether the page offers the defence forms for this notice: before the decision and not
     * past the deadline. Only what to show; the use case decides again when the manager acts.
     */
    public boolean openToDefence(ViolationReport r) {
        return (r.getStatus() == ReportStatus.NOTICE_SENT || r.getStatus() == ReportStatus.ON_AGENDA)
                && r.getDefenceDue() != null && !LocalDate.now(clock).isAfter(r.getDefenceDue());
    }

    public List<Attachment> attachmentsOf(ViolationReport r) {
        return attachments.computeIfAbsent(r.getId(), violations::attachments);
    }

    public void defend(ViolationReport r) {
        violations.defend(r.getId(), defences.get(r.getId()));
        defences.remove(r.getId());
        load();
        done("دفاعیهٔ شما برای گزارش شمارهٔ " + PersianText.digitsToPersian(String.valueOf(r.getId())) + " ثبت شد.");
    }

    /** A defence document, uploaded as soon as it is chosen; the notice it belongs to is the component's "reportId". */
    public void upload(FileUploadEvent event) {
        long reportId = ((Number) event.getComponent().getAttributes().get("reportId")).longValue();
        UploadedFile file = event.getFile();
        Attachment added = violations.attach(reportId, Attachment.Kind.DEFENCE, file.getFileName(), file.getContent());
        attachments.remove(reportId);
        done("مدرک «" + added.getFileName() + "» به دفاعیه پیوست شد.");
    }

    private static void done(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public List<License> getLicences() { return licenceList; }
    public List<ViolationReport> getNotices() { return notices; }
    public Map<Long, String> getDefences() { return defences; }
}
