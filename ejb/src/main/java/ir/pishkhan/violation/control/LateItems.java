package ir.pishkhan.violation.control;

import ir.pishkhan.security.control.Supervisors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A {@link MissedDeadlinePart} for items that wait in one status under one {@code Deadline}: the
 * walk over late, not yet escalated items and the locked escalation are written here once; a
 * context says only which entity, status and deadline, how its item escalates and how the
 * message names it.
 *
 * @param <T> the entity with the deadline
 */
public abstract class LateItems<T> implements MissedDeadlinePart {

    @PersistenceContext(unitName = "pishkhan")
    protected EntityManager em;

    @Inject
    protected Supervisors supervisors;

    private final Class<T> type;
    private final String deadline;
    private final Enum<?> waiting;

    /**
     * @param type     the entity
     * @param deadline the path of its {@code Deadline} embeddable, e.g. {@code deadline}
     * @param waiting  the status an item waits in while the deadline runs
     */
    protected LateItems(Class<T> type, String deadline, Enum<?> waiting) {
        this.type = type;
        this.deadline = deadline;
        this.waiting = waiting;
    }

    @Override
    public List<Long> next(LocalDate today, long afterId, int limit) {
        return em.createQuery("SELECT x.id FROM " + type.getSimpleName() + " x WHERE x.status = :waiting"
                        + " AND x." + deadline + ".dueOn < :today AND x." + deadline + ".escalatedOn IS NULL"
                        + " AND x.id > :after ORDER BY x.id", Long.class)
                .setParameter("waiting", waiting).setParameter("today", today).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Missed> escalate(long id, LocalDate today) {
        T item = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        return escalateIfLate(item, today) ? Optional.of(missed(item)) : Optional.empty();
    }

    /** Marks the item escalated today if it is still late and not yet escalated (the entity's own rule). */
    protected abstract boolean escalateIfLate(T item, LocalDate today);

    /** The escalated item as the check records and announces it. */
    protected abstract Missed missed(T item);
}
