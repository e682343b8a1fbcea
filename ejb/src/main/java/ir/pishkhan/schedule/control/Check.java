package ir.pishkhan.schedule.control;

import ir.pishkhan.schedule.entity.CheckName;
import java.time.LocalDate;
import java.util.List;

/**
 * One scheduled check, written as two set-based steps so that no run ever holds every licence
 * in memory: {@link #next} finds the ids of the next items that need attention (keyset paging
 * by id), and {@link #process} handles one of them inside the batch's transaction.
 *
 * <p>Both must be idempotent: {@code process} re-reads the item under its lock and does
 * nothing if the item no longer needs it, and every notification it queues has a key naming
 * the reason, the object and the occasion. So a second run on the same day changes nothing,
 * and a run cut off midway is simply finished by the next one.
 */
public interface Check {

    /** What processing one item did; an alarm carries what the administrator should know. */
    record Effect(Kind kind, String note) {
        public enum Kind { UNCHANGED, CHANGED, ALARM }

        public static final Effect UNCHANGED = new Effect(Kind.UNCHANGED, null);
        public static final Effect CHANGED = new Effect(Kind.CHANGED, null);

        public static Effect alarm(String note) {
            return new Effect(Kind.ALARM, note);
        }
    }

    CheckName name();

    /** Kinds of items the check walks one after another, e.g. reports, complaints, cases. */
    default List<String> parts() {
        return List.of("");
    }

    /** Ids greater than {@code afterId} that need attention on {@code today}, ascending. */
    List<Long> next(String part, LocalDate today, long afterId, int limit);

    /** Handles one item in the caller's transaction. */
    Effect process(String part, long id, LocalDate today);

    /**
     * Handles a batch of items in the caller's transaction and returns one effect per id, in
     * order. By default item by item; a check whose items each need several reads overrides it
     * to read what the whole batch needs in a few set-based queries (and then its
     * {@link #process} is this method on a batch of one, so both paths give the same effects).
     */
    default List<Effect> processBatch(String part, List<Long> ids, LocalDate today) {
        return ids.stream().map(id -> process(part, id, today)).toList();
    }
}
