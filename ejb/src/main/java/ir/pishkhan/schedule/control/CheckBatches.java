package ir.pishkhan.schedule.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs a check's items in batches, each batch its own transaction: a crash or an error loses
 * at most the batch in progress, and what committed before stays consistent. A failed batch is
 * retried item by item so one bad item cannot hold up the others.
 */
@Stateless
public class CheckBatches {

    /** What one batch did. */
    public record Tally(int examined, int changed, int alarms, List<String> notes) implements java.io.Serializable {
        public static final Tally NONE = new Tally(0, 0, 0, List.of());
        private static final int MAX_NOTES = 20;

        public Tally plus(Tally o) {
            List<String> all = new java.util.ArrayList<>(notes);
            o.notes.stream().limit(Math.max(0, MAX_NOTES - all.size())).forEach(all::add);
            return new Tally(examined + o.examined, changed + o.changed, alarms + o.alarms, List.copyOf(all));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> next(Check check, String part, LocalDate today, long afterId, int limit) {
        return check.next(part, today, afterId, limit);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Tally batch(Check check, String part, List<Long> ids, LocalDate today) {
        Tally t = Tally.NONE;
        for (Check.Effect e : check.processBatch(part, ids, today)) {
            t = t.plus(tally(e));
        }
        return t;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Tally single(Check check, String part, long id, LocalDate today) {
        return tally(check.process(part, id, today));
    }

    private static Tally tally(Check.Effect e) {
        return new Tally(1, e.kind() == Check.Effect.Kind.CHANGED ? 1 : 0, e.kind() == Check.Effect.Kind.ALARM ? 1 : 0,
                e.note() == null ? List.of() : List.of(e.note()));
    }
}
