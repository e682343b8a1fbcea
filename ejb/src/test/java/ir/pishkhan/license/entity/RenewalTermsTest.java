package ir.pishkhan.license.entity;

import static ir.pishkhan.license.entity.LicenseTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.office.entity.OfficeTypePolicy;
import ir.pishkhan.testing.Reflection;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The renewal terms an office type sets, and how a renewal day stands against them: no database. */
class RenewalTermsTest {

    static final LocalDate EXPIRY = LocalDate.of(2026, 3, 1);

    @Test
    void theTermsAreThePolicys() throws Exception {
        var c = OfficeTypePolicy.class.getDeclaredConstructor();
        c.setAccessible(true);
        OfficeTypePolicy policy = c.newInstance();
        Reflection.set(policy, "officeType", OfficeType.GOVERNMENT_COUNTER);
        policy.change(5, 90, 30, 14, 3, 20);
        assertEquals(new RenewalTerms(90, 30, 5, 20), RenewalTerms.of(policy));
    }

    @Test
    void theWindowOpensBeforeExpiryAndGraceFollowsIt() {
        RenewalTerms terms = new RenewalTerms(60, 10, 5, 20);
        assertEquals("RENEWAL_WINDOW_NOT_OPEN", code(() -> terms.timing(EXPIRY, EXPIRY.minusDays(61))));
        assertEquals(License.RenewalTiming.IN_WINDOW, terms.timing(EXPIRY, EXPIRY.minusDays(60)));
        assertEquals(License.RenewalTiming.IN_WINDOW, terms.timing(EXPIRY, EXPIRY));
        assertEquals(License.RenewalTiming.IN_GRACE, terms.timing(EXPIRY, EXPIRY.plusDays(1)));
        assertEquals(License.RenewalTiming.IN_GRACE, terms.timing(EXPIRY, EXPIRY.plusDays(10)));
        assertEquals("RENEWAL_TOO_LATE", code(() -> terms.timing(EXPIRY, EXPIRY.plusDays(11))));
    }

    @Test
    void aRenewalAddsTheTermsYearsToTheOldExpiry() throws Exception {
        License l = LicenseTest.license();
        LocalDate expiry = l.getExpiryDate();
        assertEquals(License.RenewalTiming.IN_GRACE, l.renew(expiry.plusDays(3), new RenewalTerms(30, 5, 2, 0), "c",
                LicenseTest.NOW));
        assertEquals(expiry.plusYears(2), l.getExpiryDate());
        LicenseEvent last = l.getEvents().get(l.getEvents().size() - 1);
        assertEquals(LicenseEventType.RENEWED, last.getType());
    }
}
