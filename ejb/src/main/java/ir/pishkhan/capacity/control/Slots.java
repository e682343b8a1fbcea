package ir.pishkhan.capacity.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.capacity.entity.Invitation;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.office.entity.OfficeTypePolicy;
import ir.pishkhan.shared.error.BusinessException;
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
                .orElseThrow(() -> BusinessException.rule("CAPACITY_FULL",
                        "برای این شهرستان و نوع دفتر هنوز ظرفیتی تعیین نشده است.",
                        "No capacity has been set for this county and office type."));
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
            book.reserve();
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
