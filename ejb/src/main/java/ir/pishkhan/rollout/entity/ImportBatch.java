package ir.pishkhan.rollout.entity;

import ir.pishkhan.place.entity.Province;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One uploaded roll-out file for one province (بارگذاری اطلاعات): its fingerprint, the dry run's
 * verdict, and the commit's progress and counts. Its rows are {@code import_row}.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch implements java.io.Serializable, ir.pishkhan.shared.audit.Audited,
        ir.pishkhan.shared.persistence.Versioned {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImportStatus status;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "error_rows", nullable = false)
    private int errorRows;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "updated_count", nullable = false)
    private int updatedCount;

    @Column(name = "unchanged_count", nullable = false)
    private int unchangedCount;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(length = 100)
    private String node;

    @Column(name = "checked_by", nullable = false, length = 64)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "committed_by", length = 64)
    private String committedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected ImportBatch() {
    }

    /** A file just uploaded: its rows are staged and checked next ({@link #checked}). */
    public ImportBatch(Province province, String fileName, String fileSha256, String checkedBy, Instant now) {
        this.province = province;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.checkedBy = checkedBy;
        this.checkedAt = now;
        this.status = ImportStatus.HAS_ERRORS;
    }

    /** The dry run's verdict: rows in the file and rows with at least one error. */
    public void checked(int rows, int rowsWithErrors) {
        this.rowsTotal = rows;
        this.errorRows = rowsWithErrors;
        this.status = rowsWithErrors == 0 && rows > 0 ? ImportStatus.CHECKED : ImportStatus.HAS_ERRORS;
    }

    /**
     * Committed (ثبت در سامانه): the batch job will write the rows, started on {@code node} for
     * {@code actor}, who answers for every record it writes. Only a checked import without errors.
     */
    public void commit(String actor, String node, Instant now) {
        if (status != ImportStatus.CHECKED) {
            throw RunRefusals.notChecked(status);
        }
        this.committedBy = actor;
        this.node = node;
        this.startedAt = now;
        this.finishedAt = null;
        this.status = ImportStatus.RUNNING;
    }

    /** The batch job's execution now writing the rows (a new one after each resumption). */
    public void runsAs(long jobExecutionId) {
        this.executionId = jobExecutionId;
    }

    /** Stopped by an administrator: the job ends after the chunk it is writing. Only a running import. */
    public void stop(Instant now) {
        if (status != ImportStatus.RUNNING) {
            throw RunRefusals.notRunning(status);
        }
        this.status = ImportStatus.STOPPED;
        this.finishedAt = now;
    }

    /**
     * Resumed on {@code node}: the job goes on at the first row not yet written. A stopped or failed
     * import, or a running one whose job is no longer running (the caller knows).
     */
    public void resume(String onNode) {
        if (status != ImportStatus.STOPPED && status != ImportStatus.FAILED && status != ImportStatus.RUNNING) {
            throw RunRefusals.notResumable(status);
        }
        this.node = onNode;
        this.finishedAt = null;
        this.status = ImportStatus.RUNNING;
    }

    /**
     * Found finished although it was still marked running (the server died after the job's last
     * chunk and before its end was recorded): every row has its outcome.
     */
    public void foundCompleted(Instant now) {
        if (status != ImportStatus.RUNNING) {
            throw RunRefusals.notRunning(status);
        }
        this.status = ImportStatus.COMPLETED;
        this.finishedAt = now;
    }

    /** How far the job is, in whole per cent of the rows (100 once every row is written). */
    public int percent() {
        return rowsTotal == 0 ? 100 : (int) Math.min(100, (100L * rowsDone) / rowsTotal);
    }

    @Override
    public String auditType() {
        return "Import";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditProvinceId() {
        return province.getId();
    }

    @Override
    public Long auditCountyId() {
        return null;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("file", fileName);
        s.put("sha256", fileSha256);
        s.put("status", status.name());
        s.put("rows", rowsTotal);
        s.put("errorRows", errorRows);
        s.put("done", rowsDone);
        if (committedBy != null) {
            s.put("committedBy", committedBy);
            s.put("created", createdCount);
            s.put("updated", updatedCount);
            s.put("unchanged", unchangedCount);
            s.put("failed", failedCount);
        }
        return s;
    }

    public Long getId() { return id; }
    public Province getProvince() { return province; }
    public String getFileName() { return fileName; }
    public String getFileSha256() { return fileSha256; }
    public ImportStatus getStatus() { return status; }
    public int getRowsTotal() { return rowsTotal; }
    public int getErrorRows() { return errorRows; }
    public int getRowsDone() { return rowsDone; }
    public int getCreatedCount() { return createdCount; }
    public int getUpdatedCount() { return updatedCount; }
    public int getUnchangedCount() { return unchangedCount; }
    public int getFailedCount() { return failedCount; }
    public Long getExecutionId() { return executionId; }
    public String getNode() { return node; }
    public String getCheckedBy() { return checkedBy; }
    public Instant getCheckedAt() { return checkedAt; }
    public String getCommittedBy() { return committedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    @Override
    public long getVersion() { return version; }

    @Override
    public String persianThis() {
        return "این پروندهٔ ورود اطلاعات";
    }

    @Override
    public String englishThis() {
        return "this import";
    }
}
