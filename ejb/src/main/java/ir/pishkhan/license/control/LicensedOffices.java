package ir.pishkhan.license.control;

import ir.pishkhan.security.control.Offices;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Security's {@link Offices}, answered by the licences: an office is its licence. */
@Dependent
public class LicensedOffices implements Offices {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Override
    public Optional<Location> locate(long officeId) {
        List<?> row = em.createNativeQuery("SELECT c.id, c.province_id FROM license l JOIN county c ON c.id = l.county_id"
                + " WHERE l.id = ?").setParameter(1, officeId).getResultList();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Object[] ids = (Object[]) row.get(0);
        return Optional.of(new Location(((Number) ids[0]).longValue(), ((Number) ids[1]).longValue()));
    }
}
