package ir.pishkhan.security.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list query limited to what the caller reaches, with optional filters: the one way every
 * search of a county-owned object (licences, applications, reports, complaints, cases) is built.
 * <pre>
 * ScopedQuery.from("SELECT c FROM Complaint c", "c.county", reach)
 *         .and("c.county.id = :countyId", "countyId", countyId)
 *         .and("c.status = :status", "status", status)
 *         .list(em, Complaint.class, "c.dueOn, c.id", offset, limit);
 * </pre>
 * A filter whose value is null is left out; paging is clamped to at most 200 rows.
 */
public final class ScopedQuery {

    private final StringBuilder jpql;
    private final Map<String, Object> params = new HashMap<>();

    private ScopedQuery(String select, String countyPath, Caller.Reach reach) {
        this.jpql = new StringBuilder(select).append(" WHERE ").append(reach.condition(countyPath));
        reach.bind(params);
    }

    public static ScopedQuery from(String select, String countyPath, Caller.Reach reach) {
        return new ScopedQuery(select, countyPath, reach);
    }

    /** Adds {@code AND condition} with one parameter, unless the value is null. */
    public ScopedQuery and(String condition, String name, Object value) {
        if (value != null) {
            jpql.append(" AND ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Adds {@code AND condition} with several parameters (all given). */
    public ScopedQuery and(String condition, Map<String, Object> values) {
        jpql.append(" AND ").append(condition);
        params.putAll(values);
        return this;
    }

    public <T> List<T> list(EntityManager em, Class<T> type, String orderBy, int offset, int limit) {
        TypedQuery<T> q = em.createQuery(jpql + " ORDER BY " + orderBy, type);
        params.forEach(q::setParameter);
        return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), 200)).getResultList();
    }
}
