package ir.pishkhan.revocation.control;

import ir.pishkhan.license.control.RenewalHolds;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.revocation.entity.RevocationCase;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A revocation case that is open, or returned to the county, holds the licence's renewal. */
@Dependent
public class OpenCasesHoldRenewal implements RenewalHolds {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Override
    public boolean revocationCaseOpen(License license) {
        return em.createQuery("SELECT COUNT(c) FROM RevocationCase c WHERE c.license = :l AND c.status IN :pending", Long.class)
                .setParameter("l", license)
                .setParameter("pending", List.of(RevocationCase.Status.OPEN, RevocationCase.Status.RETURNED))
                .getSingleResult() > 0;
    }
}
