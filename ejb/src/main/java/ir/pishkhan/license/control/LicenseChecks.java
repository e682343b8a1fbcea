package ir.pishkhan.license.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.control.Slots;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.office.entity.OfficeTypePolicy;
import ir.pishkhan.shared.identity.SystemCalls;
import ir.pishkhan.schedule.control.Check;
import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianText;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nightly checks that act on licences by their dates: renewal reminders, expiry after the
 * grace period, and the end of suspensions. Each is a {@link Check}; see the nested classes.
 */
public final class LicenseChecks {

    /** Days before expiry on which the holder is reminded, largest first. */
    static final int[] REMINDER_DAYS = {90, 30, 7};

    private LicenseChecks() {
    }

    /**
     * Check 1 — renewal reminders 90, 30 and 7 days before expiry, each sent once: the message
     * key names the licence, its expiry date and the step, so a renewed licence (new expiry) is
     * reminded afresh and a missed night sends only the nearest step, not all three.
     */
    @Dependent
    public static class RenewalReminders implements Check {
        @PersistenceContext(unitName = "pishkhan")
        EntityManager em;

        @Inject
        Outbox outbox;

        @Override
        public CheckName name() {
            return CheckName.RENEWAL_REMINDERS;
        }

        @Override
        public List<Long> next(String part, LocalDate today, long afterId, int limit) {
            return em.createQuery("SELECT l.id FROM License l WHERE l.status IN :live AND l.expiryDate >= :today"
                            + " AND l.expiryDate <= :horizon AND l.id > :after ORDER BY l.id", Long.class)
                    .setParameter("live", List.of(LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED))
                    .setParameter("today", today).setParameter("horizon", today.plusDays(REMINDER_DAYS[0]))
                    .setParameter("after", afterId).setMaxResults(limit).getResultList();
        }

        @Override
        public Effect process(String part, long id, LocalDate today) {
            return processBatch(part, List.of(id), today).get(0);
        }

        /** The whole batch from one read of the columns a reminder needs (no entities). */
        @Override
        public List<Effect> processBatch(String part, List<Long> ids, LocalDate today) {
            Map<Long, Object[]> rows = new HashMap<>();
            for (Object[] r : em.createQuery("SELECT l.id, l.status, l.number, l.officeName, l.expiryDate, h.phone"
                    + " FROM License l JOIN l.holder h WHERE l.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                rows.put(((Number) r[0]).longValue(), r);
            }
            List<Effect> effects = new ArrayList<>(ids.size());
            for (long id : ids) {
                Object[] r = rows.get(id);
                effects.add(r == null ? Effect.UNCHANGED
                        : remind(today, (LicenseStatus) r[1], (String) r[2], (String) r[3], (LocalDate) r[4], (String) r[5]));
            }
            return effects;
        }

        private Effect remind(LocalDate today, LicenseStatus status, String number, String officeName, LocalDate expiry,
                              String phone) {
            long left = ChronoUnit.DAYS.between(today, expiry);
            int step = step(left);
            if (step == 0 || !status.occupiesSlot()) {
                return Effect.UNCHANGED;
            }
            boolean queued = outbox.queue("RENEWAL_REMINDER:" + number + ":" + expiry + ":" + step,
                    Outbox.Recipient.mobile(phone), "RENEWAL_REMINDER",
                    Map.of("licenseNumber", number, "officeName", officeName,
                            "days", PersianText.digitsToPersian(String.valueOf(left)),
                            "expiry", JalaliDates.format(expiry)));
            return queued ? Effect.CHANGED : Effect.UNCHANGED;
        }

        /** The reminder step due with {@code daysLeft} to go: the smallest step not below it, or 0. */
        static int step(long daysLeft) {
            int due = 0;
            for (int d : REMINDER_DAYS) {
                if (daysLeft <= d) {
                    due = d;
                }
            }
            return daysLeft < 0 ? 0 : due;
        }
    }

    /**
     * Check 2 — licences past expiry and grace become EXPIRED; the slot is freed and offered to
     * the next applicant on the waitlist (same lock order as issuance: book, then licence).
     */
    @Dependent
    public static class Expiry implements Check {
        @PersistenceContext(unitName = "pishkhan")
        EntityManager em;

        @Inject
        Slots slots;

        @Inject
        AuditLog audit;

        @Inject
        Outbox outbox;

        @Inject
        Clock clock;

        @Override
        public CheckName name() {
            return CheckName.EXPIRY;
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<Long> next(String part, LocalDate today, long afterId, int limit) {
            List<Number> ids = em.createNativeQuery("SELECT l.id FROM license l JOIN office_type_policy p"
                            + " ON p.office_type = l.office_type WHERE l.status IN ('ACTIVE', 'SUSPENDED')"
                            + " AND DATE_ADD(l.expiry_date, INTERVAL p.grace_days DAY) < ? AND l.id > ? ORDER BY l.id LIMIT ?")
                    .setParameter(1, today).setParameter(2, afterId).setParameter(3, limit).getResultList();
            return ids.stream().map(Number::longValue).toList();
        }

        @Override
        public Effect process(String part, long id, LocalDate today) {
            License l = em.find(License.class, id);
            CapacityBook book = slots.lock(l.getCounty().getId(), l.getOfficeType());
            em.refresh(l, LockModeType.PESSIMISTIC_WRITE);
            int grace = em.find(OfficeTypePolicy.class, l.getOfficeType()).getGraceDays();
            if (!l.getStatus().occupiesSlot() || !today.isAfter(l.getExpiryDate().plusDays(grace))) {
                return Effect.UNCHANGED;
            }
            audit.change(SystemCalls.ACTOR, "LICENSE_EXPIRED", l, "تا پایان مهلت ارفاق تمدید نشد",
                    x -> x.expire(today, grace, SystemCalls.ACTOR, clock.instant()));
            outbox.queue("LICENSE_EXPIRED:" + l.getNumber() + ":" + l.getExpiryDate() + ":holder",
                    Outbox.Recipient.mobile(l.getHolder().getPhone()), "LICENSE_EXPIRED",
                    Map.of("licenseNumber", l.getNumber(), "officeName", l.getOfficeName(),
                            "closedOn", JalaliDates.format(l.getClosedOn())));
            slots.release(book);
            return Effect.CHANGED;
        }
    }

    /** Check 3 — suspensions whose last day has passed are lifted (رفع تعلیق). */
    @Dependent
    public static class SuspensionEnd implements Check {
        @PersistenceContext(unitName = "pishkhan")
        EntityManager em;

        @Inject
        AuditLog audit;

        @Inject
        Outbox outbox;

        @Inject
        Clock clock;

        @Override
        public CheckName name() {
            return CheckName.SUSPENSION_END;
        }

        @Override
        public List<Long> next(String part, LocalDate today, long afterId, int limit) {
            return em.createQuery("SELECT l.id FROM License l WHERE l.status = :suspended AND l.suspendedUntil < :today"
                            + " AND l.id > :after ORDER BY l.id", Long.class)
                    .setParameter("suspended", LicenseStatus.SUSPENDED).setParameter("today", today)
                    .setParameter("after", afterId).setMaxResults(limit).getResultList();
        }

        @Override
        public Effect process(String part, long id, LocalDate today) {
            License l = em.find(License.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (l.getStatus() != LicenseStatus.SUSPENDED || l.getSuspendedUntil() == null
                    || !today.isAfter(l.getSuspendedUntil())) {
                return Effect.UNCHANGED;
            }
            LocalDate until = l.getSuspendedUntil();
            audit.change(SystemCalls.ACTOR, "LICENSE_REINSTATED", l, "دورهٔ تعلیق به پایان رسید",
                    x -> x.reinstate(today, SystemCalls.ACTOR, clock.instant()));
            outbox.queue("LICENSE_REINSTATED:" + l.getNumber() + ":" + until + ":holder",
                    Outbox.Recipient.mobile(l.getHolder().getPhone()), "LICENSE_REINSTATED",
                    Map.of("licenseNumber", l.getNumber(), "officeName", l.getOfficeName()));
            return Effect.CHANGED;
        }
    }
}
