package ir.pishkhan.workinggroup.control;

import ir.pishkhan.revocation.control.ReportVoters;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The working group's answer to revocation's question: who voted on a report. */
@Dependent
public class VotersOfReport implements ReportVoters {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Override
    public List<String> of(long reportId) {
        return em.createQuery("SELECT v.username FROM Vote v WHERE v.reportId = :r ORDER BY v.username", String.class)
                .setParameter("r", reportId).getResultList();
    }
}
