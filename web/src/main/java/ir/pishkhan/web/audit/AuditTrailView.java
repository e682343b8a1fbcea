package ir.pishkhan.web.audit;

import ir.pishkhan.audit.boundary.AuditTrail;
import ir.pishkhan.audit.entity.AuditRecord;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** Auditors' page: filter the audit trail by Jalali dates and more, verify the chain, export CSV. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String objectType;
    private AuditTrail.Verification verification;

    private final LazyDataModel<AuditRecord> records = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.browse(filter(), 0, 1).total();
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            AuditTrail.Page page = trail.browse(filter(), first, pageSize);
            setRowCount((int) page.total());
            return page.records();
        }

        @Override
        public String getRowKey(AuditRecord r) {
            return String.valueOf(r.getSeq());
        }
    };

    private AuditTrail.Filter filter() {
        return new AuditTrail.Filter(from, to, actor, action, objectType, null, null);
    }

    public void search() {
        // The table reloads through the lazy model with the new filter.
    }

    public void verify() {
        verification = trail.verify();
    }

    public StreamedContent getCsv() {
        byte[] csv = trail.exportCsv(filter());
        return DefaultStreamedContent.builder().name("audit-trail.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public LazyDataModel<AuditRecord> getRecords() { return records; }
    public AuditTrail.Verification getVerification() { return verification; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public String getActor() { return actor; }
    public void setActor(String v) { actor = v; }
    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public String getObjectType() { return objectType; }
    public void setObjectType(String v) { objectType = v; }
}
