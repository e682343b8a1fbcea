package ir.pishkhan.capacity.control;

import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.capacity.entity.Application;
import ir.pishkhan.capacity.entity.ApplicationStatus;
import ir.pishkhan.capacity.entity.RequiredDocument;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import java.util.List;
import java.util.Set;
import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.identity.NationalCode;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Finds a person by national code, or registers them; updates their details either way. */
@Dependent
public class Applicants {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Clock clock;

    /** The person's details as a clerk enters them. */
    public record PersonDetails(String nationalCode, String firstName, String lastName, String phone, String email,
                                Education education) implements java.io.Serializable {
    }

    /** What a clerk enters for a new application. */
    public record Submission(PersonDetails person, long countyId, OfficeType officeType, String proposedLocality,
                             Set<RequiredDocument> documents, Integer priorityScore) implements java.io.Serializable {
    }

    /**
     * Registers the person and opens their application on the county's waitlist; refuses a second
     * open application of the same person for the same county and office type.
     */
    public Application open(Submission s, County county) {
        Applicant applicant = register(s.person());
        if (applicant.getId() != null) {
            long open = em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.applicant = :applicant"
                            + " AND a.county = :county AND a.officeType = :type AND a.status IN :open", Long.class)
                    .setParameter("applicant", applicant).setParameter("county", county)
                    .setParameter("type", s.officeType())
                    .setParameter("open", List.of(ApplicationStatus.WAITING, ApplicationStatus.INVITED,
                            ApplicationStatus.HOLDING_SLOT))
                    .getSingleResult();
            if (open > 0) {
                throw BusinessException.conflict("APPLICATION_EXISTS",
                        "این متقاضی برای همین شهرستان و نوع دفتر درخواست باز دارد.",
                        "The applicant already has an open application for this county and office type.");
            }
        }
        Application application = new Application(applicant, county, s.officeType(), s.proposedLocality(),
                s.documents(), s.priorityScore(), clock.instant());
        em.persist(application);
        em.flush();
        return application;
    }

    public Applicant register(PersonDetails p) {
        NationalCode code = nationalCode(p.nationalCode());
        Applicant applicant = em.createNamedQuery(Applicant.BY_CODE, Applicant.class)
                .setParameter("code", code.value()).getResultStream().findFirst().orElse(null);
        if (applicant == null) {
            applicant = new Applicant(code, p.firstName(), p.lastName(), p.phone(), p.email(), p.education(),
                    clock.instant());
            em.persist(applicant);
        } else {
            applicant.update(p.firstName(), p.lastName(), p.phone(), p.email(), p.education());
        }
        return applicant;
    }

    /** A valid national code, or the refusal API clients and pages show. */
    public static NationalCode nationalCode(String text) {
        try {
            return NationalCode.of(text);
        } catch (NationalCode.InvalidNationalCodeException e) {
            throw BusinessException.invalid("NATIONAL_CODE_INVALID", e.persianMessage(), e.getMessage());
        }
    }
}
