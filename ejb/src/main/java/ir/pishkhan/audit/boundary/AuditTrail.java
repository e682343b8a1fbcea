package ir.pishkhan.audit.boundary;

import ir.pishkhan.audit.control.AuditCsv;
import ir.pishkhan.audit.entity.AuditChainHead;
import ir.pishkhan.audit.entity.AuditRecord;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.Caller;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.shared.time.ClockProducer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Auditors' use cases on the audit trail: browse and filter it within their scope, export it,
 * and verify that nobody has altered, deleted or reordered a record.
 */
@Stateless
@RolesAllowed(Role.AUDITOR_NAME)
public class AuditTrail {

    private static final int VERIFY_BATCH = 1000;
    private static final int EXPORT_LIMIT = 100_000;

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    /** Filter for browsing; every field is optional. Dates are whole days in Iran's time zone. */
    public record Filter(LocalDate from, LocalDate to, String actor, String action, String objectType,
                         String objectId, Long countyId) implements java.io.Serializable {
        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    public record Page(List<AuditRecord> records, long total, int offset, int limit) implements java.io.Serializable {
    }

    /** Records the caller may read (national auditors: all; province auditors: their province), newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page browse(Filter filter, int offset, int limit) {
        if (limit < 1 || limit > 500 || offset < 0) {
            throw BusinessException.invalid("PAGE_INVALID", "شمارهٔ صفحه یا اندازهٔ صفحه نادرست است (حداکثر ۵۰۰).",
                    "Offset must be ≥ 0 and limit 1..500.");
        }
        Query q = query(filter);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AuditRecord a" + q.where, Long.class);
        TypedQuery<AuditRecord> list = em.createQuery(
                "SELECT a FROM AuditRecord a" + q.where + " ORDER BY a.seq DESC", AuditRecord.class);
        q.params.forEach((k, v) -> {
            count.setParameter(k, v);
            list.setParameter(k, v);
        });
        return new Page(list.setFirstResult(offset).setMaxResults(limit).getResultList(),
                count.getSingleResult(), offset, limit);
    }

    /** Feeds the filtered records, oldest first, to {@code sink} (for CSV export). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int export(Filter filter, Consumer<AuditRecord> sink) {
        Query q = query(filter);
        int exported = 0;
        long afterSeq = 0;
        while (exported < EXPORT_LIMIT) {
            TypedQuery<AuditRecord> list = em.createQuery("SELECT a FROM AuditRecord a" + q.where
                    + (q.where.isEmpty() ? " WHERE" : " AND") + " a.seq > :afterSeq ORDER BY a.seq", AuditRecord.class);
            q.params.forEach(list::setParameter);
            List<AuditRecord> batch = list.setParameter("afterSeq", afterSeq).setMaxResults(VERIFY_BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditRecord r : batch) {
                sink.accept(r);
                afterSeq = r.getSeq();
                exported++;
            }
            em.clear();
        }
        return exported;
    }

    /** The filtered records as CSV, oldest first (at most 100,000 rows). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] exportCsv(Filter filter) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        AuditCsv.write(out, sink -> export(filter, sink));
        return out.toByteArray();
    }

    /** Outcome of a verification; {@code brokenAt} is the first record that fails, if any. */
    public record Verification(boolean intact, long recordsChecked, Long brokenAt, String problemFa,
                               String problemEn, long headSeq, String headHash) implements java.io.Serializable {
    }

    /**
     * Walks the whole chain in sequence order and says whether it is intact, or names the
     * first record that was altered, removed or moved.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Verification verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.SINGLE_ROW);
        String expectedPrev = "0".repeat(64);
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditRecord> batch = em.createQuery(
                            "SELECT a FROM AuditRecord a WHERE a.seq >= :from ORDER BY a.seq", AuditRecord.class)
                    .setParameter("from", expectedSeq).setMaxResults(VERIFY_BATCH).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditRecord r : batch) {
                if (r.getSeq() != expectedSeq) {
                    return broken(checked, expectedSeq, "رکورد شمارهٔ " + PersianNumbers.digits(expectedSeq) + " حذف شده است.",
                            "Record " + expectedSeq + " is missing.", head);
                }
                if (!r.getPrevHash().equals(expectedPrev)) {
                    return broken(checked, r.getSeq(), "رکورد شمارهٔ " + PersianNumbers.digits(r.getSeq()) + " جابه‌جا یا جایگزین شده است.",
                            "Record " + r.getSeq() + " does not follow the previous record (moved or replaced).", head);
                }
                if (!r.computeHash().equals(r.getHash())) {
                    return broken(checked, r.getSeq(), "محتوای رکورد شمارهٔ " + PersianNumbers.digits(r.getSeq()) + " تغییر کرده است.",
                            "Record " + r.getSeq() + " was altered.", head);
                }
                expectedPrev = r.getHash();
                expectedSeq++;
                checked++;
            }
            em.clear();
        }
        if (head.getLastSeq() != checked || !head.getLastHash().equals(expectedPrev)) {
            long at = checked + 1;
            return broken(checked, at, "رکوردهای پایانی زنجیره (از شمارهٔ " + PersianNumbers.digits(at) + ") حذف شده‌اند.",
                    "Records at the end of the chain (from " + at + ") were removed.", head);
        }
        return new Verification(true, checked, null, null, null, head.getLastSeq(), head.getLastHash());
    }

    private static Verification broken(long checked, long at, String fa, String en, AuditChainHead head) {
        return new Verification(false, checked, at, fa, en, head.getLastSeq(), head.getLastHash());
    }

    private record Query(String where, Map<String, Object> params) {
    }

    private Query query(Filter f) {
        Caller caller = access.caller();
        Caller.Reach reach = caller.reach(Role.AUDITOR);
        if (reach.isEmpty()) {
            throw BusinessException.forbidden();
        }
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!reach.everywhere()) {
            clauses.add("(a.provinceId IN :provinces OR a.countyId IN :counties)");
            params.put("provinces", reach.provinceIdsOrNone());
            params.put("counties", reach.countyIdsOrNone());
        }
        if (f.from() != null) {
            clauses.add("a.occurredAt >= :from");
            params.put("from", startOf(f.from()));
        }
        if (f.to() != null) {
            clauses.add("a.occurredAt < :to");
            params.put("to", startOf(f.to().plusDays(1)));
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw BusinessException.invalid("DATE_RANGE_INVALID", "تاریخ پایان پیش از تاریخ شروع است.",
                    "The end date is before the start date.");
        }
        addEquals(clauses, params, "actor", f.actor());
        addEquals(clauses, params, "action", f.action());
        addEquals(clauses, params, "objectType", f.objectType());
        addEquals(clauses, params, "objectId", f.objectId());
        if (f.countyId() != null) {
            // A county outside the auditor's reach is refused, as /counties/{id} is, not answered empty.
            access.county(f.countyId(), Role.AUDITOR);
            clauses.add("a.countyId = :countyId");
            params.put("countyId", f.countyId());
        }
        return new Query(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    private static void addEquals(List<String> clauses, Map<String, Object> params, String field, String value) {
        if (value != null && !value.isBlank()) {
            clauses.add("a." + field + " = :" + field);
            params.put(field, value.trim());
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockProducer.TEHRAN).toInstant();
    }
}
