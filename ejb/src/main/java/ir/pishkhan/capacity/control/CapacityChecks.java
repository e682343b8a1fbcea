package ir.pishkhan.capacity.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.ApplicationStatus;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.capacity.entity.Invitation;
import ir.pishkhan.capacity.entity.InvitationStatus;
import ir.pishkhan.notification.control.Outbox;
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
import java.util.List;
import java.util.Map;

/** The nightly checks on the capacity books: lapsed invitations and the occupancy recount. */
public final class CapacityChecks {

    private CapacityChecks() {
    }

    /**
     * Check 4 — invitations past their deadline lapse; the slot goes to the next applicant.
     * Same lock order as every slot change: the book first, then the invitation.
     */
    @Dependent
    public static class InvitationLapse implements Check {
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
            return CheckName.INVITATION_LAPSE;
        }

        @Override
        public List<Long> next(String part, LocalDate today, long afterId, int limit) {
            return em.createQuery("SELECT i.id FROM Invitation i WHERE i.status = :open AND i.deadline < :today"
                            + " AND i.id > :after ORDER BY i.id", Long.class)
                    .setParameter("open", InvitationStatus.OPEN).setParameter("today", today)
                    .setParameter("after", afterId).setMaxResults(limit).getResultList();
        }

        @Override
        public Effect process(String part, long id, LocalDate today) {
            Invitation invitation = em.find(Invitation.class, id);
            Application a = invitation.getApplication();
            CapacityBook book = slots.lock(a.getCounty().getId(), a.getOfficeType());
            em.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
            if (invitation.getStatus() != InvitationStatus.OPEN || !today.isAfter(invitation.getDeadline())) {
                return Effect.UNCHANGED;
            }
            audit.change(SystemCalls.ACTOR, "INVITATION_LAPSED", a, "تا پایان مهلت پاسخی داده نشد",
                    x -> invitation.lapse(today, clock.instant()));
            outbox.queue("INVITATION_LAPSED:" + invitation.getId() + ":applicant",
                    Outbox.Recipient.mobile(a.getApplicant().getPhone()), "INVITATION_LAPSED",
                    Map.of("county", a.getCounty().getNameFa(), "deadline", JalaliDates.format(invitation.getDeadline())));
            slots.release(book);
            return Effect.CHANGED;
        }
    }

    /**
     * Check 8 — recounts each capacity book's occupancy from the licences that hold a slot
     * (active or suspended) and the applications holding or invited to one, and compares it with
     * the book. A difference is never "fixed" silently: it is an alarm to the administrators
     * (once per book, day and pair of figures) and shows on the run.
     */
    @Dependent
    public static class OccupancyRecount implements Check {
        @PersistenceContext(unitName = "pishkhan")
        EntityManager em;

        @Inject
        Outbox outbox;

        @Inject
        OccupiedSlots occupiedSlots;

        @Override
        public CheckName name() {
            return CheckName.OCCUPANCY_RECOUNT;
        }

        @Override
        public List<Long> next(String part, LocalDate today, long afterId, int limit) {
            return em.createQuery("SELECT b.id FROM CapacityBook b WHERE b.id > :after ORDER BY b.id", Long.class)
                    .setParameter("after", afterId).setMaxResults(limit).getResultList();
        }

        @Override
        public Effect process(String part, long id, LocalDate today) {
            CapacityBook book = em.find(CapacityBook.class, id, LockModeType.PESSIMISTIC_READ);
            long licences = occupiedSlots.heldByLicences(book.getCounty(), book.getOfficeType());
            long held = em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.county = :county"
                            + " AND a.officeType = :type AND a.status IN :holding", Long.class)
                    .setParameter("county", book.getCounty()).setParameter("type", book.getOfficeType())
                    .setParameter("holding", List.of(ApplicationStatus.INVITED, ApplicationStatus.HOLDING_SLOT))
                    .getSingleResult();
            long counted = licences + held;
            if (counted == book.getOccupied()) {
                return Effect.UNCHANGED;
            }
            outbox.queue("OCCUPANCY_DRIFT:" + book.getId() + ":" + today + ":" + book.getOccupied() + ":" + counted,
                    Outbox.Recipient.administrators(), "OCCUPANCY_DRIFT",
                    Map.of("county", book.getCounty().getNameFa(), "officeType", book.getOfficeType().persianName(),
                            "booked", PersianText.digitsToPersian(String.valueOf(book.getOccupied())),
                            "counted", PersianText.digitsToPersian(String.valueOf(counted))));
            return Effect.alarm("Occupancy drift in " + book.getCounty().getNameFa() + " (" + book.getOfficeType()
                    + ", book " + book.getId() + "): booked " + book.getOccupied() + ", counted " + counted);
        }
    }
}
