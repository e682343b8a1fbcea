package ir.pishkhan.security.control;

import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.PlaceRefusals;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list query limited to what the caller reaches, with optional filters: the one way every
 * search of a county-owned object (licences, applications, reports, complaints, cases) is built.
 * <pre>
 * ScopedQuery.from("SELECT c FROM Complaint c", "c.county", reach)
 *         .inCounty(countyId)
 *         .and("c.status = :status", "status", status)
 *         .list(em, Complaint.class, "c.dueOn, c.id", offset, limit);
 * </pre>
 * A filter whose value is null is left out; paging is clamped to at most 200 rows. A filter that
 * names a county (or an object of a county) outside the caller's reach refuses the whole query,
 * as {@code /counties/{id}/…} does, instead of answering an empty list.
 */
public final class ScopedQuery {

    private final StringBuilder jpql;
    private final Map<String, Object> params = new HashMap<>();
    private final String countyPath;
    private final Caller.Reach reach;
    /** Reach checks of the filters, made when the query runs (they need the entity manager). */
    private final List<Consumer<EntityManager>> checks = new ArrayList<>();

    private ScopedQuery(String select, String countyPath, Caller.Reach reach) {
        this.jpql = new StringBuilder(select).append(" WHERE ").append(reach.condition(countyPath));
        this.countyPath = countyPath;
        this.reach = reach;
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

    /**
     * Keeps the objects of one county, unless {@code countyId} is null. A county outside the
     * caller's reach is refused ({@link BusinessException#forbidden()}); one that does not exist
     * is "not found" only to a national caller, as {@link Access#county} answers.
     */
    public ScopedQuery inCounty(Long countyId) {
        return within(countyPath + ".id = :filterCountyId", "filterCountyId", countyId, County.class, c -> c,
                PlaceRefusals::countyNotFound);
    }

    /**
     * Adds {@code AND condition} for a filter that names an object belonging to a county (a
     * licence, say), unless {@code id} is null; refused like {@link #inCounty} when that object
     * lies outside the caller's reach.
     */
    public <T> ScopedQuery within(String condition, String name, Long id, Class<T> type, Function<T, County> countyOf,
                                  Supplier<BusinessException> notFound) {
        if (id == null) {
            return this;
        }
        jpql.append(" AND ").append(condition);
        params.put(name, id);
        checks.add(em -> {
            T found = em.find(type, id);
            if (found == null) {
                throw reach.everywhere() ? notFound.get() : BusinessException.forbidden();
            }
            County county = countyOf.apply(found);
            if (!reach.covers(county.getProvince().getId(), county.getId())) {
                throw BusinessException.forbidden();
            }
        });
        return this;
    }

    public <T> List<T> list(EntityManager em, Class<T> type, String orderBy, int offset, int limit) {
        checks.forEach(check -> check.accept(em));
        TypedQuery<T> q = em.createQuery(jpql + " ORDER BY " + orderBy, type);
        params.forEach(q::setParameter);
        return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.min(Math.max(1, limit), 200)).getResultList();
    }
}
