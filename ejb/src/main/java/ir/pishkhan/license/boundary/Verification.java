package ir.pishkhan.license.boundary;

import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.control.VerificationCache;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Public licence verification (استعلام پروانه): anyone with a licence number or its QR code sees
 * whether it is valid, for which office, where, until when, and the holder's name partly masked
 * — nothing more.
 *
 * <p>Open to everyone and read-only, so a plain CDI bean rather than an EJB: the busiest public
 * endpoint does not pay for an EJB's pool, security and transaction interceptors it would not use
 * (measured in docs/PERFORMANCE.md).
 */
@ApplicationScoped
@PermitAll
public class Verification {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    VerificationCache cache;

    /** What the public may see of a licence. */
    public record Result(String number, LicenseStatus status, String statusFa, String officeName, String officeTypeFa,
                         String provinceFa, String countyFa, String locality, LocalDate issueDate, LocalDate expiryDate,
                         String holderMasked) implements java.io.Serializable {
    }

    /**
     * The answer for a licence number, from the {@link VerificationCache} when it was asked
     * lately; else one query that reads only the columns shown (a projection: no licence,
     * applicant or county entities are built), because this is the busiest public endpoint.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Result verify(String number) {
        return cache.get(LicenseNumbers.canonical(number), this::load);
    }

    private Result load(String canonical) {
        Object[] l = em.createNamedQuery(License.VERIFICATION, Object[].class).setParameter("number", canonical)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("LICENSE_NOT_FOUND",
                        "پروانه‌ای با شمارهٔ «" + canonical + "» ثبت نشده است.", "No licence has number " + canonical + "."));
        LicenseStatus status = (LicenseStatus) l[1];
        return new Result((String) l[0], status, status.persianName(), (String) l[2], ((OfficeType) l[3]).persianName(),
                (String) l[4], (String) l[5], (String) l[6], (LocalDate) l[7], (LocalDate) l[8],
                Applicant.masked((String) l[9], (String) l[10]));
    }
}
