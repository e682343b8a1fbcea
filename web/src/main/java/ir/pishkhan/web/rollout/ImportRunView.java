package ir.pishkhan.web.rollout;

import ir.pishkhan.rollout.boundary.ImportRuns;
import ir.pishkhan.rollout.boundary.Imports;
import ir.pishkhan.rollout.entity.ImportBatch;
import ir.pishkhan.rollout.entity.ImportStatus;
import ir.pishkhan.shared.text.PersianNumbers;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One import's commit page (ثبت پرونده در سامانه, {@code app/admin/import.xhtml?id=N}): the file,
 * its province and fingerprint, the commit button while it is checked, the job's progress polled
 * while it runs, stop and resume, the rows that could not be written, the counts at the end and —
 * once — the one-time passwords to hand over. Everything comes from the database on each request,
 * so a reload (or another node) shows the same.
 */
@Named
@ViewScoped
public class ImportRunView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Imports imports;

    @Inject
    ImportRuns runs;

    private Long id;
    private ImportBatch batch;
    private ImportRuns.Progress progress;
    /** The passwords as read (and deleted): kept only for this view, they cannot be read again. */
    private List<ImportRuns.OneTimePassword> passwords;

    private final LazyDataModel<Imports.ErrorLine> failures = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return id == null ? 0 : (int) imports.errors(id, 0, 1).total();
        }

        @Override
        public List<Imports.ErrorLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            if (id == null) {
                return List.of();
            }
            Imports.ErrorPage page = imports.errors(id, first, pageSize);
            setRowCount((int) page.total());
            return page.errors();
        }

        @Override
        public String getRowKey(Imports.ErrorLine e) {
            return e.sheet() + ":" + e.rowNo() + ":" + e.column() + ":" + e.message().hashCode();
        }
    };

    public void load() {
        if (id != null) {
            batch = imports.get(id);
            progress = runs.progress(id);
        }
    }

    /** Polled while the job runs: the progress, read again. */
    public void refresh() {
        load();
    }

    public void commit() {
        progress = runs.commit(id, batch.getVersion());
        batch = imports.get(id);
        message(FacesMessage.SEVERITY_INFO, "ثبت " + PersianNumbers.quantity(progress.rowsTotal())
                + " ردیف آغاز شد؛ پیشرفت کار در همین صفحه دیده می‌شود و با بستن صفحه کار متوقف نمی‌شود.");
    }

    public void stop() {
        progress = runs.stop(id);
        batch = imports.get(id);
        message(FacesMessage.SEVERITY_INFO, "کار ثبت پس از بخشی که در حال نوشتن است متوقف می‌شود؛ آنچه ثبت شده می‌ماند.");
    }

    public void resume() {
        progress = runs.resume(id);
        batch = imports.get(id);
        message(FacesMessage.SEVERITY_INFO, "ثبت از نخستین ردیف ثبت‌نشده ادامه یافت.");
    }

    /** Reads the waiting one-time passwords; they are deleted as they are read and shown on this page only. */
    public void revealPasswords() {
        passwords = runs.oneTimePasswords(id);
        progress = runs.progress(id);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public boolean isRunning() {
        return progress != null && progress.status() == ImportStatus.RUNNING;
    }

    /** Whether the page keeps polling: the import runs, or its stopped job still finishes its chunk. */
    public boolean isMoving() {
        return progress != null && progress.moving();
    }

    /** Stopped, but the job still finishes the chunk it was writing. */
    public boolean isStopping() {
        return progress != null && progress.status() != ImportStatus.RUNNING && progress.jobActive();
    }

    public boolean isCommittable() {
        return progress != null && progress.status() == ImportStatus.CHECKED;
    }

    public boolean isResumable() {
        return progress != null && !progress.jobActive()
                && (progress.status() == ImportStatus.STOPPED || progress.status() == ImportStatus.FAILED);
    }

    public boolean isCommitted() {
        return progress != null && progress.committedBy() != null;
    }

    /** The bar's label: per cent in Persian digits. */
    public String getPercentLabel() {
        return progress == null ? "" : PersianNumbers.digits(progress.percent()) + "٪";
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public ImportBatch getBatch() { return batch; }
    public ImportRuns.Progress getProgress() { return progress; }
    public List<ImportRuns.OneTimePassword> getPasswords() { return passwords; }
    public LazyDataModel<Imports.ErrorLine> getFailures() { return failures; }
}
