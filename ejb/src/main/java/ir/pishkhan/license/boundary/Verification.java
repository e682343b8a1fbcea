package ir.pishkhan.license.boundary;

import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Public licence verification (استعلام پروانه): anyone with a licence number or its QR code sees
 * whether it is valid, for which office, where, until when, and the holder's name partly masked
 * — nothing more.
 */
@Stateless
@PermitAll
public class Verification {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    /** What the public may see of a licence. */
    public record Result(String number, LicenseStatus status, String statusFa, String officeName, String officeTypeFa,
                         String provinceFa, String countyFa, String locality, LocalDate issueDate, LocalDate expiryDate,
                         String holderMasked) implements java.io.Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Result verify(String number) {
        String canonical = LicenseNumbers.canonical(number);
        License l = em.createNamedQuery(License.BY_NUMBER, License.class).setParameter("number", canonical)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.notFound("LICENSE_NOT_FOUND",
                        "پروانه‌ای با شمارهٔ «" + canonical + "» ثبت نشده است.", "No licence has number " + canonical + "."));
        return new Result(l.getNumber(), l.getStatus(), l.getStatus().persianName(), l.getOfficeName(),
                l.getOfficeType().persianName(), l.getCounty().getProvince().getNameFa(), l.getCounty().getNameFa(),
                l.getLocality(), l.getIssueDate(), l.getExpiryDate(), l.getHolder().maskedName());
    }
}
