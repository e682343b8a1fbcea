package ir.pishkhan.violation.control;

import ir.pishkhan.license.entity.License;
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
import java.util.List;
import java.util.Map;

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
        List<Number> ids = em.createNativeQuery("SELECT id FROM (SELECT license_id AS id FROM violation_report"
                        + " WHERE status = 'DECIDED' AND decided_on > ? UNION SELECT license_id FROM offence_standing) x"
                        + " WHERE id > ? ORDER BY id LIMIT ?")
                .setParameter(1, today.minusMonths(12)).setParameter(2, afterId).setParameter(3, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Effect process(String part, long licenseId, LocalDate today) {
        List<SanctionLadder.Earlier> earlier = reports.lastTwelveMonths(licenseId, today, null);
        int points = earlier.stream().mapToInt(SanctionLadder.Earlier::points).sum();
        Outcome suggested = SanctionLadder.configured().standing(earlier);
        OffenceStanding standing = em.find(OffenceStanding.class, licenseId, LockModeType.PESSIMISTIC_WRITE);
        if (standing == null) {
            standing = new OffenceStanding(licenseId);
            em.persist(standing);
        }
        String before = standing.getSuggested();
        if (!standing.update(points, suggested, today)) {
            return Effect.UNCHANGED;
        }
        boolean serious = suggested != null && suggested.ordinal() >= Outcome.SUSPENSION.ordinal();
        if (serious && !before.equals(suggested.name())) {
            License l = em.find(License.class, licenseId);
            outbox.queue("OFFENCE_STANDING:" + l.getNumber() + ":" + suggested + ":" + points,
                    Outbox.Recipient.county(l.getCounty().getId()), "OFFENCE_STANDING",
                    Map.of("licenseNumber", l.getNumber(), "officeName", l.getOfficeName(),
                            "points", PersianText.digitsToPersian(String.valueOf(points)), "suggested", suggested.persianName()));
        }
        return Effect.CHANGED;
    }
}
