package ir.pishkhan.web.rollout;

import ir.pishkhan.place.entity.Province;
import ir.pishkhan.rollout.boundary.Imports;
import ir.pishkhan.rollout.entity.ImportBatch;
import ir.pishkhan.rollout.entity.ImportStatus;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.text.PersianNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Administrators' roll-out page (ورود اطلاعات استان): the template to fill in, the upload of a
 * province's file, the dry run's verdict with its errors page by page and the workbook to
 * correct, and the province's earlier imports (each committed from its own page).
 */
@Named
@ViewScoped
public class ImportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Imports imports;

    private List<Province> provinces;
    private Long provinceId;
    private Long shownId;
    private Long requestedId;
    private ImportBatch shown;
    private List<ImportBatch> earlier;

    private final LazyDataModel<Imports.ErrorLine> errors = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return shownId == null ? 0 : (int) imports.errors(shownId, 0, 1).total();
        }

        @Override
        public List<Imports.ErrorLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            if (shownId == null) {
                return List.of();
            }
            Imports.ErrorPage page = imports.errors(shownId, first, pageSize);
            setRowCount((int) page.total());
            return page.errors();
        }

        @Override
        public String getRowKey(Imports.ErrorLine e) {
            return e.sheet() + ":" + e.rowNo() + ":" + e.column() + ":" + e.message().hashCode();
        }
    };

    @PostConstruct
    void init() {
        provinces = imports.provinces();
        if (provinces.size() == 1) {
            provinceId = provinces.get(0).getId();
        }
    }

    /** Opened with {@code ?show=N}: that import's verdict, in its province ({@code ?province=N} alone: the province). */
    public void load() {
        if (requestedId != null) {
            show(imports.get(requestedId));
            provinceId = shown.getProvince().getId();
        }
    }

    public void provinceChanged() {
        shownId = null;
        shown = null;
        earlier = null;
    }

    /** A file chosen: checked at once (nothing in the register changes), its verdict shown. */
    public void upload(FileUploadEvent event) {
        if (provinceId == null) {
            message(FacesMessage.SEVERITY_WARN, "نخست استان را برگزینید.");
            return;
        }
        UploadedFile file = event.getFile();
        ImportBatch checked;
        try (InputStream in = file.getInputStream()) {
            checked = imports.check(provinceId, file.getFileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        show(checked);
        earlier = null;
        if (checked.getStatus() == ImportStatus.CHECKED) {
            message(FacesMessage.SEVERITY_INFO, "پرونده «" + checked.getFileName() + "» بررسی شد: "
                    + PersianNumbers.quantity(checked.getRowsTotal()) + " ردیف بی‌خطا و آمادهٔ ثبت است.");
        } else {
            message(FacesMessage.SEVERITY_WARN, "پرونده «" + checked.getFileName() + "» بررسی شد: "
                    + PersianNumbers.quantity(checked.getErrorRows()) + " ردیف از "
                    + PersianNumbers.quantity(checked.getRowsTotal()) + " ردیف خطا دارد. خطاها را در جدول زیر ببینید یا "
                    + "پرونده را با ستون خطاها دریافت کنید، اصلاح کنید و دوباره بارگذاری کنید.");
        }
    }

    /** Shows an import's verdict and errors (the latest upload, or one of the earlier imports). */
    public void show(ImportBatch batch) {
        shownId = batch.getId();
        shown = batch;
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder().name("pishkhan-import-template.xlsx").contentType(XLSX)
                .writer(out -> imports.template(out)).build();
    }

    /** The shown import's rows as uploaded with the column «خطا»; scope checked before the download starts. */
    public StreamedContent getErrorWorkbook() {
        long id = imports.get(shownId).getId();
        return DefaultStreamedContent.builder().name("import-" + id + "-errors.xlsx").contentType(XLSX)
                .writer(out -> imports.errorReport(id, out)).build();
    }

    public List<ImportBatch> getEarlier() {
        if (earlier == null) {
            earlier = provinceId == null ? List.of() : imports.list(provinceId);
        }
        return earlier;
    }

    /** The upload limit in bytes, for the browser's own check before sending. */
    public long getMaxBytes() {
        return Setting.IMPORT_MAX_BYTES.integer();
    }

    /** The upload limit in whole megabytes, in Persian digits. */
    public String getMaxMegabytes() {
        return PersianNumbers.quantity(Setting.IMPORT_MAX_BYTES.integer() / (1024 * 1024));
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<Province> getProvinces() { return provinces; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long v) { provinceId = v; }
    public ImportBatch getShown() { return shown; }
    public LazyDataModel<Imports.ErrorLine> getErrors() { return errors; }
    public boolean isSingleProvince() { return provinces.size() == 1; }
    public Long getShowId() { return requestedId; }
    public void setShowId(Long v) { requestedId = v; }
}
