package ir.pishkhan.violation.control;

import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.schedule.control.Check;
import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.shared.text.PersianText;
import ir.pishkhan.violation.entity.OffenceStanding;
import ir.pishkhan.violation.entity.Outcome;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Check 6 — recomputes each office's 12-month points and the sanction its record calls for.
 * Offices with decided violations in the window, and offices that had a standing before (their
 * points may have aged out), are examined. When the record newly calls for a suspension or a
 * revocation, the county post office is told once for that level and those points.
 */
@Dependent
public class OffencePoints implements Check {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Reports reports;

    @Inject
    Outbox outbox;

    @Override
    public CheckName name() {
        return CheckName.OFFENCE_POINTS;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> next(String part, LocalDate today, long afterId, int limit) {
        // Each branch walks its own index from afterId and stops at the limit (a union of the
        // whole tables, filtered afterwards, cost 80 ms per batch on the national data).
        List<Number> ids = em.createNativeQuery("(SELECT DISTINCT license_id AS id FROM violation_report"
                        + " WHERE license_id > ? AND status = 'DECIDED' AND decided_on > ? ORDER BY license_id LIMIT ?)"
                        + " UNION (SELECT license_id FROM offence_standing WHERE license_id > ? ORDER BY license_id LIMIT ?)"
                        + " ORDER BY id LIMIT ?")
                .setParameter(1, afterId).setParameter(2, today.minusMonths(12)).setParameter(3, limit)
                .setParameter(4, afterId).setParameter(5, limit).setParameter(6, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Effect process(String part, long licenseId, LocalDate today) {
        return processBatch(part, List.of(licenseId), today).get(0);
    }

    /**
     * The whole batch in four queries whatever its size: the 12-month records (one aggregate
     * read, no report entities), the standings under lock, and — only for offices whose record
     * newly calls for a suspension or a revocation — the licence facts for the message.
     */
    @Override
    public List<Effect> processBatch(String part, List<Long> ids, LocalDate today) {
        Map<Long, List<SanctionLadder.Earlier>> records = reports.lastTwelveMonths(ids, today);
        Map<Long, OffenceStanding> standings = em.createQuery(
                        "SELECT s FROM OffenceStanding s WHERE s.licenseId IN :ids", OffenceStanding.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .collect(Collectors.toMap(OffenceStanding::getLicenseId, s -> s));
        SanctionLadder ladder = SanctionLadder.configured();
        List<Effect> effects = new ArrayList<>(ids.size());
        Map<Long, Outcome> toTell = new LinkedHashMap<>();
        Map<Long, Integer> pointsOf = new HashMap<>();
        for (long id : ids) {
            List<SanctionLadder.Earlier> earlier = records.getOrDefault(id, List.of());
            int points = earlier.stream().mapToInt(SanctionLadder.Earlier::points).sum();
            Outcome suggested = ladder.standing(earlier);
            OffenceStanding standing = standings.get(id);
            if (standing == null) {
                standing = new OffenceStanding(id);
                em.persist(standing);
            }
            String before = standing.getSuggested();
            if (!standing.update(points, suggested, today)) {
                effects.add(Effect.UNCHANGED);
                continue;
            }
            effects.add(Effect.CHANGED);
            boolean serious = suggested != null && suggested.ordinal() >= Outcome.SUSPENSION.ordinal();
            if (serious && !before.equals(suggested.name())) {
                toTell.put(id, suggested);
                pointsOf.put(id, points);
            }
        }
        if (!toTell.isEmpty()) {
            for (Object[] l : em.createQuery("SELECT l.id, l.number, l.officeName, l.county.id FROM License l WHERE l.id IN :ids",
                    Object[].class).setParameter("ids", toTell.keySet()).getResultList()) {
                long id = ((Number) l[0]).longValue();
                Outcome suggested = toTell.get(id);
                String points = String.valueOf(pointsOf.get(id));
                outbox.queue("OFFENCE_STANDING:" + l[1] + ":" + suggested + ":" + points,
                        Outbox.Recipient.county(((Number) l[3]).longValue()), "OFFENCE_STANDING",
                        Map.of("licenseNumber", l[1], "officeName", l[2],
                                "points", PersianText.digitsToPersian(points), "suggested", suggested.persianName()));
            }
        }
        return effects;
    }
}
