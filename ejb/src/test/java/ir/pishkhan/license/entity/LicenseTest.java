package ir.pishkhan.license.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.identity.NationalCode;
import ir.pishkhan.testing.Reflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The licence's own rules: validity, the renewal window and grace, and which changes each status allows. */
public class LicenseTest {

    static final Instant NOW = Instant.parse("2026-01-01T08:00:00Z");
    static final LocalDate ISSUED = LocalDate.of(2021, 3, 1);
    /** The counter office's renewal terms: a 90-day window, 30 days' grace, five more years. */
    static final RenewalTerms TERMS = new RenewalTerms(90, 30, 5, 20);
    static final LocalDate NOW_DAY = LocalDate.of(2026, 1, 1);
    static final TransferPolicy TRANSFERS = new TransferPolicy(3, java.time.ZoneId.of("Asia/Tehran"));
    static final TransferRequest ALL_PASSED = new TransferRequest(java.util.Arrays.stream(TransferCheck.values())
            .map(c -> new TransferCheckResult(c, NOW_DAY, true, null)).toList(), false);

    /** An active licence of a counter office in Kavar, issued on {@link #ISSUED}. */
    public static License license() throws Exception {
        var pc = Province.class.getDeclaredConstructor();
        pc.setAccessible(true);
        Province fars = pc.newInstance();
        Reflection.set(fars, "id", 7L);
        Reflection.set(fars, "nameFa", "فارس");
        County county = new County(fars, "کوار", "Kavar");
        Reflection.set(county, "id", 723L);
        Applicant holder = new Applicant(NationalCode.of("0499370899"), "مریم", "کاظمی", "09121234567", null,
                Education.BACHELOR, NOW);
        return License.issue(new LicenseGrant("0723-G-00001-6", holder, county, OfficeType.GOVERNMENT_COUNTER, 1L),
                new OfficeSite("دفتر ۱", "خیابان ۱", "کوار"), new Validity(ISSUED, 5), "clerk", NOW);
    }

    static String code(Runnable r) {
        return assertThrows(BusinessException.class, r::run).code();
    }

    @Test
    void aNewLicenceIsActiveForItsValidityWithAnIssuedEvent() throws Exception {
        License l = license();
        assertEquals(LicenseStatus.ACTIVE, l.getStatus());
        assertEquals(ISSUED.plusYears(5), l.getExpiryDate());
        assertEquals(List.of(LicenseEventType.ISSUED), l.getEvents().stream().map(LicenseEvent::getType).toList());
    }

    @Test
    void renewalWindowOpensNinetyDaysBeforeExpiryAndExtendsFromTheOldExpiry() throws Exception {
        License l = license();
        LocalDate expiry = l.getExpiryDate();
        assertEquals("RENEWAL_WINDOW_NOT_OPEN", code(() -> l.renew(expiry.minusDays(91), TERMS, "c", NOW)));
        assertEquals(License.RenewalTiming.IN_WINDOW, l.renew(expiry.minusDays(90), TERMS, "c", NOW));
        assertEquals(expiry.plusYears(5), l.getExpiryDate());
    }

    @Test
    void graceAfterExpiryIsLateAndAfterGraceItIsRefused() throws Exception {
        License late = license();
        LocalDate expiry = late.getExpiryDate();
        assertEquals(License.RenewalTiming.IN_GRACE, late.renew(expiry.plusDays(30), TERMS, "c", NOW));
        License tooLate = license();
        assertEquals("RENEWAL_TOO_LATE", code(() -> tooLate.renew(expiry.plusDays(31), TERMS, "c", NOW)));
        assertEquals(expiry, tooLate.getExpiryDate(), "nothing changed");
    }

    @Test
    void suspendedOrEndedLicencesAreNotRenewedRelocatedOrTransferred() throws Exception {
        License suspended = license();
        Reflection.set(suspended, "status", LicenseStatus.SUSPENDED);
        assertEquals("LICENSE_SUSPENDED", code(() -> suspended.renew(suspended.getExpiryDate(), TERMS, "c", NOW)));
        assertEquals("LICENSE_NOT_ACTIVE", code(() -> suspended.relocate("جای دیگر", null, "WG", ISSUED, "c", NOW)));
        License surrendered = license();
        surrendered.surrender("بازنشستگی", "c", NOW);
        assertEquals(LicenseStatus.SURRENDERED, surrendered.getStatus());
        assertEquals("LICENSE_NOT_ACTIVE", code(() -> surrendered.surrender("دوباره", "c", NOW)));
        assertEquals("LICENSE_NOT_ACTIVE", code(() -> surrendered.renew(surrendered.getExpiryDate(), TERMS, "c", NOW)));
    }

    @Test
    void relocationStaysInTheLocalityAndNeedsTheWorkingGroupsApproval() throws Exception {
        License l = license();
        assertEquals("RELOCATION_OUTSIDE_LOCALITY", code(() -> l.relocate("جای دیگر", "شیراز", "WG-1", ISSUED, "c", NOW)));
        assertEquals("WG_APPROVAL_REQUIRED", code(() -> l.relocate("جای دیگر", null, " ", ISSUED, "c", NOW)));
        l.relocate("میدان اصلی", "كوار", "WG-1", ISSUED, "c", NOW);
        assertEquals("میدان اصلی", l.getAddress());
        assertTrue(l.getEvents().stream().anyMatch(e -> e.getType() == LicenseEventType.RELOCATED));
    }

    @Test
    void transferKeepsTheNumberChangesTheHolderAndRemembersWhen() throws Exception {
        License l = license();
        Applicant next = new Applicant(NationalCode.of("0084575948"), "حمید", "نوری", "09131112233", null,
                Education.MASTER, NOW);
        assertEquals("TRANSFER_SAME_HOLDER", code(() -> l.transferTo(l.getHolder(), ALL_PASSED, TRANSFERS, NOW_DAY, "c", NOW)));
        l.transferTo(next, ALL_PASSED, TRANSFERS, NOW_DAY, "c", NOW);
        assertEquals("0723-G-00001-6", l.getNumber());
        assertEquals("حمید نوری", l.getHolder().fullName());
        assertEquals(NOW, l.lastTransfer().orElseThrow());
    }

    @Test
    void suspensionKeepsTheSlotEndsOnlyAfterItsLastDayAndTheLaterEndWins() throws Exception {
        License l = license();
        LocalDate today = LocalDate.of(2026, 1, 10);
        l.suspend(today.plusDays(29), "تصمیم کارگروه", "sec", NOW);
        assertEquals(LicenseStatus.SUSPENDED, l.getStatus());
        assertTrue(l.getStatus().occupiesSlot());
        l.suspend(today.plusDays(9), "تصمیم دیگر", "sec", NOW);
        assertEquals(today.plusDays(29), l.getSuspendedUntil(), "a shorter second suspension does not cut the first");
        assertEquals("SUSPENSION_NOT_OVER", code(() -> l.reinstate(today.plusDays(29), "clerk", NOW)));
        assertEquals("LICENSE_SUSPENDED", code(() -> l.renew(today, TERMS, "c", NOW)));
        l.reinstate(today.plusDays(30), "clerk", NOW);
        assertEquals(LicenseStatus.ACTIVE, l.getStatus());
        assertEquals(null, l.getSuspendedUntil());
        assertEquals("LICENSE_NOT_SUSPENDED", code(() -> l.reinstate(today.plusDays(31), "clerk", NOW)));
    }

    @Test
    void revocationClosesTheOfficeAndIsFinal() throws Exception {
        License l = license();
        LocalDate today = LocalDate.of(2026, 1, 10);
        l.suspend(today.plusDays(5), "تعلیق", "sec", NOW);
        l.revoke(today, "تأیید استان", "official", NOW);
        assertEquals(LicenseStatus.REVOKED, l.getStatus());
        assertEquals(today, l.getClosedOn());
        assertEquals(null, l.getSuspendedUntil());
        assertEquals(LicenseEventType.REVOKED, l.getEvents().get(l.getEvents().size() - 1).getType());
        assertEquals("LICENSE_NOT_ACTIVE", code(() -> l.revoke(today, "دوباره", "official", NOW)));
        assertEquals("LICENSE_NOT_ACTIVE", code(() -> l.suspend(today.plusDays(3), "تعلیق", "sec", NOW)));
    }

    @Test
    void eachStatusAllowsOnlyItsActionsAndTheMethodsRefuseTheRest() throws Exception {
        License active = license();
        assertEquals(java.util.EnumSet.allOf(License.Action.class), active.allowedActions());

        License suspended = license();
        suspended.suspend(LocalDate.of(2026, 2, 1), "تصمیم کارگروه", "sec", NOW);
        assertEquals(java.util.EnumSet.of(License.Action.SURRENDER, License.Action.ADD_CONTRACT), suspended.allowedActions());

        License revoked = license();
        revoked.revoke(LocalDate.of(2026, 1, 10), "تأیید استان", "official", NOW);
        assertEquals(java.util.Set.of(), revoked.allowedActions());
        // What the page no longer offers, the licence refuses itself.
        assertEquals("LICENSE_NOT_ACTIVE", code(() -> revoked.renew(revoked.getExpiryDate(), TERMS, "c", NOW)));
        assertEquals("LICENSE_NOT_ACTIVE", code(() -> revoked.relocate("میدان اصلی", null, "WG-1", ISSUED, "c", NOW)));
        Applicant next = new Applicant(NationalCode.of("0084575948"), "حمید", "نوری", "09131112233", null,
                Education.MASTER, NOW);
        assertEquals("LICENSE_NOT_ACTIVE", code(() -> revoked.transferTo(next, ALL_PASSED, TRANSFERS, NOW_DAY, "c", NOW)));
        assertEquals("LICENSE_NOT_ACTIVE", code(() -> revoked.surrender("بازنشستگی", "c", NOW)));

        License surrendered = license();
        surrendered.surrender("بازنشستگی", "c", NOW);
        assertEquals(java.util.Set.of(), surrendered.allowedActions());
        License expired = license();
        expired.expire(expired.getExpiryDate().plusDays(31), 30, "system", NOW);
        assertEquals(java.util.Set.of(), expired.allowedActions());
    }

    @Test
    void theDayTheStatusTookEffectIsTehransDay() throws Exception {
        License l = license();
        assertEquals(null, l.statusSince(java.time.ZoneId.of("Asia/Tehran")));
        // 22:00 UTC on 9 January is 01:30 on 10 January in Tehran.
        l.suspend(LocalDate.of(2026, 2, 1), "تصمیم کارگروه", "sec", Instant.parse("2026-01-09T22:00:00Z"));
        assertEquals(LocalDate.of(2026, 1, 10), l.statusSince(java.time.ZoneId.of("Asia/Tehran")));
        l.revoke(LocalDate.of(2026, 1, 20), "تأیید استان", "official", Instant.parse("2026-01-20T06:00:00Z"));
        assertEquals(LocalDate.of(2026, 1, 20), l.statusSince(java.time.ZoneId.of("Asia/Tehran")), "the day the office closed");
    }
}
