package ir.pishkhan.audit.control;

import ir.pishkhan.audit.entity.AuditChainHead;
import ir.pishkhan.audit.entity.AuditRecord;
import ir.pishkhan.security.control.Access;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * Appends to the audit trail inside the use case's own transaction, so a change and its audit
 * record commit or roll back together. Boundaries call it last, just before they return: the
 * chain head's row lock is then held only for the end of the transaction.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Clock clock;

    /** What changed, where; {@code before} or {@code after} is null for a creation or removal. */
    public record Change(String action, String objectType, Object objectId, Long provinceId, Long countyId,
                         Map<String, ?> before, Map<String, ?> after, String reason) implements java.io.Serializable {
    }

    /** Records a change made by the current caller. */
    public AuditRecord record(Change change) {
        return record(access.actor(), change);
    }

    /** Records a change made by the system itself (start-up seeding, scheduled checks). */
    public AuditRecord record(String actor, Change change) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SINGLE_ROW,
                LockModeType.PESSIMISTIC_WRITE);
        AuditRecord record = new AuditRecord(head.getLastSeq() + 1, clock.instant(), actor, change.action(),
                change.objectType(), String.valueOf(change.objectId()), change.provinceId(), change.countyId(),
                json(change.before()), json(change.after()), blankToNull(change.reason()), head.getLastHash());
        em.persist(record);
        head.advanceTo(record);
        return record;
    }

    private static String json(Map<String, ?> state) {
        // Sorted keys: the same state always serialises, and so hashes, the same way.
        return state == null ? null : JSON.toJson(new TreeMap<>(state));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
