package ir.pishkhan.inspection.control;

import ir.pishkhan.inspection.entity.Inspection;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.schedule.control.Check;
import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Check 7 — periodic inspections due or overdue (بازرسی دوره‌ای). An active office is due every
 * {@code pishkhan.inspection.interval-months} (6) after its last periodic inspection, or after
 * issuance. The county post office is told {@code pishkhan.inspection.notice-days} (14) ahead;
 * once the date has passed, the county and the province are told it is overdue. Each message
 * once per office and due date.
 */
@Dependent
public class InspectionsDue implements Check {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Outbox outbox;

    public static int intervalMonths() {
        return Setting.INSPECTION_INTERVAL_MONTHS.integer();
    }

    static int noticeDays() {
        return Setting.INSPECTION_NOTICE_DAYS.integer();
    }

    @Override
    public CheckName name() {
        return CheckName.INSPECTIONS_DUE;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> next(String part, LocalDate today, long afterId, int limit) {
        List<Number> ids = em.createNativeQuery("SELECT l.id FROM license l LEFT JOIN (SELECT license_id,"
                        + " MAX(inspected_on) AS last_on FROM inspection WHERE kind = 'PERIODIC' GROUP BY license_id) i"
                        + " ON i.license_id = l.id WHERE l.status = 'ACTIVE'"
                        + " AND DATE_ADD(COALESCE(i.last_on, l.issue_date), INTERVAL ? MONTH) <= ?"
                        + " AND l.id > ? ORDER BY l.id LIMIT ?")
                .setParameter(1, intervalMonths()).setParameter(2, today.plusDays(noticeDays()))
                .setParameter(3, afterId).setParameter(4, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Effect process(String part, long id, LocalDate today) {
        return processBatch(part, List.of(id), today).get(0);
    }

    /** The whole batch in two reads: the licences' facts, and their last periodic inspections. */
    @Override
    public List<Effect> processBatch(String part, List<Long> ids, LocalDate today) {
        Map<Long, Object[]> licences = new HashMap<>();
        for (Object[] l : em.createQuery("SELECT l.id, l.status, l.number, l.officeName, l.issueDate, l.county.id,"
                + " l.county.province.id FROM License l WHERE l.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            licences.put(((Number) l[0]).longValue(), l);
        }
        Map<Long, LocalDate> lastInspected = new HashMap<>();
        for (Object[] i : em.createQuery("SELECT i.license.id, MAX(i.inspectedOn) FROM Inspection i"
                        + " WHERE i.license.id IN :ids AND i.kind = :k GROUP BY i.license.id", Object[].class)
                .setParameter("ids", ids).setParameter("k", Inspection.Kind.PERIODIC).getResultList()) {
            lastInspected.put(((Number) i[0]).longValue(), (LocalDate) i[1]);
        }
        List<Effect> effects = new ArrayList<>(ids.size());
        for (long id : ids) {
            Object[] l = licences.get(id);
            effects.add(l == null || l[1] != LicenseStatus.ACTIVE ? Effect.UNCHANGED
                    : remind(today, (String) l[2], (String) l[3], lastInspected.getOrDefault(id, (LocalDate) l[4]),
                            ((Number) l[5]).longValue(), ((Number) l[6]).longValue()));
        }
        return effects;
    }

    private Effect remind(LocalDate today, String number, String officeName, LocalDate lastOrIssued, long county,
                          long province) {
        LocalDate due = lastOrIssued.plusMonths(intervalMonths());
        if (due.isAfter(today.plusDays(noticeDays()))) {
            return Effect.UNCHANGED;
        }
        Map<String, Object> params = Map.of("licenseNumber", number, "officeName", officeName,
                "due", JalaliDates.format(due));
        boolean queued;
        if (due.isBefore(today)) {
            queued = outbox.queue("INSPECTION_OVERDUE:" + number + ":" + due + ":county",
                    Outbox.Recipient.county(county), "INSPECTION_OVERDUE", params);
            queued |= outbox.queue("INSPECTION_OVERDUE:" + number + ":" + due + ":province",
                    Outbox.Recipient.province(province), "INSPECTION_OVERDUE", params);
        } else {
            queued = outbox.queue("INSPECTION_DUE:" + number + ":" + due + ":county",
                    Outbox.Recipient.county(county), "INSPECTION_DUE", params);
        }
        return queued ? Effect.CHANGED : Effect.UNCHANGED;
    }
}
