package ir.pishkhan.audit.control;

import ir.pishkhan.audit.entity.AuditChainHead;
import ir.pishkhan.audit.entity.AuditRecord;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import ir.pishkhan.shared.audit.Audited;
import ir.pishkhan.shared.identity.CurrentActor;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

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
    CurrentActor currentActor; // implemented by security.control.Access: the trail sits below security

    @Inject
    Clock clock;

    /** What changed, where; {@code before} or {@code after} is null for a creation or removal. */
    public record Change(String action, String objectType, Object objectId, Long provinceId, Long countyId,
                         Map<String, ?> before, Map<String, ?> after, String reason) implements java.io.Serializable {
    }

    /** Records a change made by the current caller. */
    public AuditRecord record(Change change) {
        return record(currentActor.actor(), change);
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

    /**
     * The audited change, written once: records the subject's state, lets {@code change} act on
     * it, flushes (so version and generated values are in the record) and records the state after
     * — by the current caller.
     *
     * @return the subject, for chaining
     */
    public <T extends Audited> T change(String action, T subject, String reason, Consumer<? super T> change) {
        return change(currentActor.actor(), action, subject, reason, change);
    }

    /** {@link #change(String, Audited, String, Consumer)} by a system actor (a scheduled check, start-up). */
    public <T extends Audited> T change(String actor, String action, T subject, String reason, Consumer<? super T> change) {
        Map<String, Object> before = subject.snapshot();
        change.accept(subject);
        em.flush();
        record(actor, describe(action, subject, before, subject.snapshot(), reason));
        return subject;
    }

    /**
     * As {@link #change(String, Audited, String, Consumer)}, for an entity method that answers
     * something (e.g. the renewal's timing); returns that answer.
     */
    public <T extends Audited, R> R changeAndReturn(String action, T subject, String reason, Function<? super T, R> change) {
        Map<String, Object> before = subject.snapshot();
        R result = change.apply(subject);
        em.flush();
        record(describe(action, subject, before, subject.snapshot(), reason));
        return result;
    }

    /** Records the creation of a subject the caller has persisted (flushes first, so it has its id). */
    public <T extends Audited> T created(String action, T subject, String reason) {
        return created(currentActor.actor(), action, subject, reason);
    }

    /** {@link #created(String, Audited, String)} by a system actor. */
    public <T extends Audited> T created(String actor, String action, T subject, String reason) {
        em.flush();
        record(actor, describe(action, subject, null, subject.snapshot(), reason));
        return subject;
    }

    /** Records the removal of a subject; call it before {@code em.remove}, while the state is whole. */
    public void removed(String action, Audited subject, String reason) {
        record(describe(action, subject, subject.snapshot(), null, reason));
    }

    /**
     * Records that something happened to the subject without recording its state (a password
     * reset: the trail never holds a hash) — by the current caller.
     */
    public void noted(String action, Audited subject, String reason) {
        record(describe(action, subject, null, null, reason));
    }

    /** {@link #noted(String, Audited, String)} by a system actor. */
    public void noted(String actor, String action, Audited subject, String reason) {
        record(actor, describe(action, subject, null, null, reason));
    }

    private static Change describe(String action, Audited subject, Map<String, ?> before, Map<String, ?> after,
                                   String reason) {
        return new Change(action, subject.auditType(), subject.auditId(), subject.auditProvinceId(),
                subject.auditCountyId(), before, after, reason);
    }

    private static String json(Map<String, ?> state) {
        // Sorted keys: the same state always serialises, and so hashes, the same way.
        return state == null ? null : JSON.toJson(new TreeMap<>(state));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
