package ir.pishkhan.capacity.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.ApplicationStatus;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.capacity.entity.CapacityRefusals;
import ir.pishkhan.capacity.entity.Invitation;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.office.entity.OfficeTypePolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes and frees slots of a county's capacity book, always under the book's row lock, and
 * offers every free slot to the next applicant on the waitlist. The one place where occupancy
 * changes, so "occupied never passes capacity" is kept in one spot.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class Slots {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The county's book for this office type, locked until the transaction ends. A county whose
     * province never set a capacity has none: it is treated as saturated.
     */
    public CapacityBook lock(long countyId, OfficeType type) {
        return em.createNamedQuery(CapacityBook.FIND, CapacityBook.class)
                .setParameter("countyId", countyId).setParameter("type", type)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(CapacityRefusals::capacityNotSet);
    }

    /** Takes one slot of the locked book, or refuses with {@code CAPACITY_FULL}. */
    public void take(CapacityBook book) {
        book.reserve();
    }

    /**
     * Takes the slot a licence is issued on, for an application under the locked book: the slot
     * it already holds (an accepted invitation), or — for one still waiting — a free slot, and
     * only for the application at the head of the waitlist. Refused with {@code CAPACITY_FULL},
     * {@code NOT_FIRST_IN_LINE} or {@code APPLICATION_HOLDS_NO_SLOT}.
     */
    public void claimFor(Application application, CapacityBook book) {
        if (application.getStatus() == ApplicationStatus.WAITING) {
            take(book);
            Application head = em.createNamedQuery(Application.WAITLIST, Application.class)
                    .setParameter("countyId", application.getCounty().getId())
                    .setParameter("type", application.getOfficeType()).setMaxResults(1).getSingleResult();
            if (!head.getId().equals(application.getId())) {
                throw CapacityRefusals.notFirstInLine();
            }
        } else if (application.getStatus() != ApplicationStatus.HOLDING_SLOT) {
            throw CapacityRefusals.holdsNoSlot(application.getStatus());
        }
    }

    /**
     * Takes a free slot of the locked book for an applicant who skips the waitlist (direct
     * issuance): only when nobody waits for this county and office type. Refused with
     * {@code CAPACITY_FULL} or {@code WAITLIST_NOT_EMPTY}.
     */
    public void takeWhenNobodyWaits(CapacityBook book) {
        take(book);
        long waiting = em.createNamedQuery(Application.WAITING_COUNT, Long.class)
                .setParameter("countyId", book.getCounty().getId())
                .setParameter("type", book.getOfficeType()).getSingleResult();
        if (waiting > 0) {
            throw CapacityRefusals.waitlistNotEmpty(waiting);
        }
    }

    /** Frees a slot and offers it to the next applicant, if anyone waits. */
    public void release(CapacityBook book) {
        book.release();
        inviteNext(book);
    }

    /** While the book has free slots and applicants wait, invites the next one. */
    public List<Invitation> inviteNext(CapacityBook book) {
        List<Invitation> sent = new ArrayList<>();
        while (book.free() > 0) {
            List<Application> next = em.createNamedQuery(Application.WAITLIST, Application.class)
                    .setParameter("countyId", book.getCounty().getId()).setParameter("type", book.getOfficeType())
                    .setMaxResults(1).getResultList();
            if (next.isEmpty()) {
                break;
            }
            take(book);
            Application application = next.get(0);
            OfficeTypePolicy policy = em.find(OfficeTypePolicy.class, book.getOfficeType());
            LocalDate deadline = LocalDate.now(clock).plusDays(policy.getInvitationDays());
            Invitation invitation = new Invitation(application, deadline, clock.instant());
            em.persist(invitation);
            em.flush();
            audit.record(new AuditLog.Change("INVITATION_SENT", "Application", application.getId(),
                    book.getCounty().getProvince().getId(), book.getCounty().getId(), null,
                    Map.of("invitationId", invitation.getId(), "deadline", deadline.toString()),
                    "ظرفیت خالی در شهرستان"));
            sent.add(invitation);
        }
        return sent;
    }
}
