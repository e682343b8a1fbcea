package ir.pishkhan.rollout.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.rollout.entity.ImportBatch;
import ir.pishkhan.rollout.entity.RowOutcome;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes one chunk of a committed import in the chunk's own transaction: the rows into the
 * register ({@link RowWriters}), each row's outcome into {@code import_row}, the import's counters,
 * and the audit records — all or nothing. A row's outcome is its position: the job reads only rows
 * without one, so after a stop, a failure or a killed server it goes on exactly at the first row not
 * yet committed, and no row is written or counted twice.
 *
 * <p>Locks in the order every use case takes them, so the job never deadlocks with people at work:
 * the import's row first (a stop or resume waits for the chunk), then the capacity books the chunk
 * touches (by county and office type), then the objects themselves, and the audit trail's head
 * last, when the chunk's records are appended together at its end.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class ImportChunks {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    RowWriters writers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Writes the chunk's items (each an {@link ImportItem}) for the import. */
    public void write(long importId, List<?> items) {
        ImportBatch batch = em.find(ImportBatch.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null || batch.getCommittedBy() == null) {
            throw new IllegalStateException("Import " + importId + " is not committed");
        }
        RowWriters.Commit commit = new RowWriters.Commit(importId, batch.getProvince(), batch.getFileSha256(),
                batch.getCommittedBy(), clock.instant());
        Map<Slot, CapacityBook> books = lockBooks(items);
        List<RowWriters.Pending> pending = new ArrayList<>();
        List<AuditLog.Change> accountAudits = new ArrayList<>();
        Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        for (Object o : items) {
            ImportItem item = (ImportItem) o;
            RowWriters.Written written = item.checked().valid()
                    ? writers.write(commit, item.staged(), item.checked().row(), books, pending, accountAudits)
                    : RowWriters.Written.failed(null);
            String errors = written.outcome() != RowOutcome.FAILED ? null
                    : RowJson.errors(written.failure() == null ? item.checked().errors()
                            : List.of(new Rows.CellError(null, written.failure())));
            em.createNativeQuery("UPDATE import_row SET outcome = ?, errors = COALESCE(?, errors)"
                            + " WHERE import_id = ? AND sheet = ? AND row_no = ? AND outcome IS NULL")
                    .setParameter(1, written.outcome().name()).setParameter(2, errors).setParameter(3, importId)
                    .setParameter(4, item.staged().sheet().name()).setParameter(5, item.staged().rowNo()).executeUpdate();
            counts.merge(written.outcome(), 1, Integer::sum);
        }
        em.createNativeQuery("UPDATE import_batch SET rows_done = rows_done + ?, created_count = created_count + ?,"
                        + " updated_count = updated_count + ?, unchanged_count = unchanged_count + ?,"
                        + " failed_count = failed_count + ? WHERE id = ?")
                .setParameter(1, items.size()).setParameter(2, counts.getOrDefault(RowOutcome.CREATED, 0))
                .setParameter(3, counts.getOrDefault(RowOutcome.UPDATED, 0))
                .setParameter(4, counts.getOrDefault(RowOutcome.UNCHANGED, 0))
                .setParameter(5, counts.getOrDefault(RowOutcome.FAILED, 0)).setParameter(6, importId).executeUpdate();
        // Generated ids and the states after: flushed first, then the trail, last.
        em.flush();
        for (RowWriters.Pending p : pending) {
            audit.record(commit.actor(), new AuditLog.Change("IMPORTED", p.subject().auditType(), p.subject().auditId(),
                    p.subject().auditProvinceId(), p.subject().auditCountyId(), p.before(), p.subject().snapshot(),
                    p.reason()));
        }
        for (AuditLog.Change c : accountAudits) {
            audit.record(commit.actor(), c);
        }
    }

    /** The capacity books of the slots the chunk's capacity and licence rows name, locked in slot order. */
    private Map<Slot, CapacityBook> lockBooks(List<?> items) {
        TreeSet<Slot> slots = new TreeSet<>();
        for (Object o : items) {
            Object row = ((ImportItem) o).checked().row();
            if (row instanceof Rows.CapacityRow r) {
                slots.add(new Slot(r.countyId(), r.officeType()));
            } else if (row instanceof Rows.LicenceRow r) {
                slots.add(new Slot(r.countyId(), r.officeType()));
            }
        }
        Map<Slot, CapacityBook> books = new HashMap<>();
        for (Slot slot : slots) {
            em.createNamedQuery(CapacityBook.FIND, CapacityBook.class).setParameter("countyId", slot.countyId())
                    .setParameter("type", slot.type()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                    .findFirst().ifPresent(b -> books.put(slot, b));
        }
        return books;
    }
}
