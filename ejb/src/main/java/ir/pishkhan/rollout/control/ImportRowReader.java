package ir.pishkhan.rollout.control;

import ir.pishkhan.rollout.entity.ImportSheet;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The import job's reader (batch artifact {@code importRowReader}): the staged rows of one sheet of
 * the import — the step's name is the sheet — that have no outcome yet, in row order, a page at a
 * time ({@code WHERE outcome IS NULL ORDER BY row_no}). A row gets its outcome in the transaction
 * that writes it, so whatever ended the last run (a stop, a failure, a killed server) this reader
 * starts exactly at the first row not committed. Its checkpoint, the last row number read, is kept
 * by the job repository for the record; the position itself is in {@code import_row}.
 */
@Named
@Dependent
public class ImportRowReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    private long importId;
    private ImportSheet sheet;
    private int pageSize;
    private int lastRowNo;
    private boolean exhausted;
    private final Deque<Rows.Staged> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        importId = Long.parseLong(job.getProperties().getProperty("importId"));
        pageSize = Math.max(1, Integer.parseInt(job.getProperties().getProperty("chunk", "100")));
        sheet = ImportSheet.valueOf(step.getStepName());
        // Rows before the checkpoint were committed with it and have their outcome: reading from the
        // sheet's start finds the same first row, and is right even if the checkpoint is behind.
        lastRowNo = 0;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            fetch();
        }
        Rows.Staged next = page.poll();
        if (next != null) {
            lastRowNo = next.rowNo();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRowNo;
    }

    private void fetch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT row_no, cells FROM import_row WHERE import_id = ? AND sheet = ?"
                        + " AND outcome IS NULL AND row_no > ? ORDER BY row_no LIMIT ?")
                .setParameter(1, importId).setParameter(2, sheet.name()).setParameter(3, lastRowNo)
                .setParameter(4, pageSize).getResultList();
        for (Object[] r : rows) {
            page.add(new Rows.Staged(sheet, ((Number) r[0]).intValue(), RowJson.cells((String) r[1])));
        }
        exhausted = rows.size() < pageSize;
    }
}
