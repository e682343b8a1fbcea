package ir.pishkhan.capacity.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.capacity.control.Slots;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.capacity.entity.CapacityChange;
import ir.pishkhan.capacity.entity.CapacityRefusals;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.shared.error.Refusals;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * County capacity (ظرفیت شهرستان): province officials set it per county and office type, with
 * an effective date and a reason; staff see capacity, occupancy, free slots, the waitlist and
 * whether the county is saturated.
 */
@Stateless
@RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class Capacities {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Slots slots;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * One office type's line of a county's capacity status. {@code overCapacity}: more offices than
     * capacity, as only licences brought in from an old register can make it; nothing is issued or
     * offered there until occupancy falls below capacity.
     */
    public record Status(OfficeType officeType, int capacity, int occupied, int free, long waiting, boolean saturated,
                         boolean overCapacity) implements java.io.Serializable {
    }

    /**
     * Sets the capacity. Raising it offers the new slots to waiting applicants at once; lowering
     * it below occupancy evicts nobody. Changes take effect now: the effective date may not lie in
     * the future.
     */
    @RolesAllowed(Role.PROVINCE_OFFICIAL_NAME)
    public Status set(long countyId, OfficeType type, int capacity, LocalDate effectiveDate, String reason) {
        County county = access.county(countyId, Role.PROVINCE_OFFICIAL);
        if (type == null) {
            throw CapacityRefusals.officeTypeRequired();
        }
        String why = Refusals.requireReason(reason, "تغییر ظرفیت", "the capacity change");
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = effectiveDate == null ? today : effectiveDate;
        if (effective.isAfter(today)) {
            throw CapacityRefusals.effectiveDateFuture();
        }
        CapacityBook book = em.createNamedQuery(CapacityBook.FIND, CapacityBook.class)
                .setParameter("countyId", countyId).setParameter("type", type)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (book == null) {
            book = new CapacityBook(county, type, capacity);
            em.persist(book);
            em.persist(new CapacityChange(book, null, capacity, effective, why, access.actor(), clock.instant()));
            audit.created("CAPACITY_SET", book, reason);
        } else {
            Integer old = book.getCapacity();
            audit.change("CAPACITY_SET", book, reason, b -> {
                b.setCapacity(capacity);
                em.persist(new CapacityChange(b, old, capacity, effective, why, access.actor(), clock.instant()));
            });
        }
        slots.inviteNext(book);
        return status(book);
    }

    /** Capacity, occupancy, free slots and waitlist length of each office type in the county. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Status> status(long countyId) {
        access.county(countyId, RoleSet.COUNTY_STAFF.roles());
        List<Status> result = new ArrayList<>();
        for (OfficeType type : OfficeType.values()) {
            CapacityBook book = em.createNamedQuery(CapacityBook.FIND, CapacityBook.class)
                    .setParameter("countyId", countyId).setParameter("type", type).getResultStream().findFirst().orElse(null);
            long waiting = waiting(countyId, type);
            result.add(book == null ? new Status(type, 0, 0, 0, waiting, false, false)
                    : new Status(type, book.getCapacity(), book.getOccupied(), book.free(), waiting, book.isSaturated(),
                            book.isOverCapacity()));
        }
        return result;
    }

    /** Every capacity change of the county, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CapacityChange> history(long countyId) {
        access.county(countyId, RoleSet.COUNTY_STAFF.roles());
        return em.createQuery("SELECT c FROM CapacityChange c WHERE c.book.county.id = :countyId ORDER BY c.changedAt DESC, c.id DESC",
                CapacityChange.class).setParameter("countyId", countyId).getResultList();
    }

    private Status status(CapacityBook book) {
        long waiting = waiting(book.getCounty().getId(), book.getOfficeType());
        return new Status(book.getOfficeType(), book.getCapacity(), book.getOccupied(), book.free(), waiting,
                book.isSaturated(), book.isOverCapacity());
    }

    private long waiting(long countyId, OfficeType type) {
        return em.createNamedQuery(Application.WAITING_COUNT, Long.class).setParameter("countyId", countyId)
                .setParameter("type", type).getSingleResult();
    }
}
