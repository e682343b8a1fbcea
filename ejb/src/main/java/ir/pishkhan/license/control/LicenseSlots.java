package ir.pishkhan.license.control;

import ir.pishkhan.capacity.control.OccupiedSlots;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The licences that hold a slot of a capacity book: those whose status occupies one. */
@Dependent
public class LicenseSlots implements OccupiedSlots {

    /** The statuses that hold a slot ({@link LicenseStatus#occupiesSlot()}). */
    private static final List<LicenseStatus> HOLDING = List.of(LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED);

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Override
    public long heldByLicences(County county, OfficeType type) {
        return em.createQuery("SELECT COUNT(l) FROM License l WHERE l.county = :county"
                        + " AND l.officeType = :type AND l.status IN :live", Long.class)
                .setParameter("county", county).setParameter("type", type)
                .setParameter("live", HOLDING).getSingleResult();
    }
}
