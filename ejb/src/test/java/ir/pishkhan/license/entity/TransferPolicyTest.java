package ir.pishkhan.license.entity;

import static ir.pishkhan.license.entity.LicenseTest.NOW;
import static ir.pishkhan.license.entity.LicenseTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.shared.identity.NationalCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transfer's preconditions, kept by the licence through {@link TransferPolicy}: no database. */
class TransferPolicyTest {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final TransferPolicy THREE_YEARS = new TransferPolicy(3, TEHRAN);

    static List<TransferCheckResult> allPassed() {
        return new ArrayList<>(Arrays.stream(TransferCheck.values())
                .map(c -> new TransferCheckResult(c, TODAY, true, " REF-" + c.ordinal() + " ")).toList());
    }

    static Applicant newHolder() {
        return new Applicant(NationalCode.of("0084575948"), "حمید", "نوری", "09131112233", null, Education.MASTER, NOW);
    }

    static String transfer(License l, List<TransferCheckResult> checks, boolean attorney, LocalDate today) {
        return code(() -> l.transferTo(newHolder(), new TransferRequest(checks, attorney), THREE_YEARS, today, "c", NOW));
    }

    @Test
    void byPowerOfAttorneyIsForbiddenWhateverTheChecks() throws Exception {
        assertEquals("TRANSFER_BY_ATTORNEY", transfer(LicenseTest.license(), allPassed(), true, TODAY));
    }

    @Test
    void anExpiredLicenceIsNotTransferred() throws Exception {
        License l = LicenseTest.license();
        assertEquals("LICENSE_EXPIRED", transfer(l, allPassed(), false, l.getExpiryDate().plusDays(1)));
    }

    @Test
    void everyCheckMustBeRecordedWithItsDateAndPassed() throws Exception {
        License l = LicenseTest.license();
        List<TransferCheckResult> missing = allPassed();
        missing.remove(0);
        assertEquals("TRANSFER_CHECK_MISSING", transfer(l, missing, false, TODAY));

        List<TransferCheckResult> undated = allPassed();
        undated.set(0, new TransferCheckResult(undated.get(0).check(), null, true, null));
        assertEquals("TRANSFER_CHECK_MISSING", transfer(l, undated, false, TODAY));

        List<TransferCheckResult> failed = allPassed();
        failed.set(1, new TransferCheckResult(failed.get(1).check(), TODAY, false, null));
        assertEquals("TRANSFER_CHECK_FAILED", transfer(l, failed, false, TODAY));

        List<TransferCheckResult> withNulls = allPassed();
        withNulls.add(null);
        withNulls.add(new TransferCheckResult(null, TODAY, true, null));
        assertEquals(LicenseStatus.ACTIVE, l.getStatus());
        l.transferTo(newHolder(), new TransferRequest(withNulls, false), THREE_YEARS, TODAY, "c", NOW);
        assertEquals("حمید نوری", l.getHolder().fullName());
    }

    @Test
    void notAgainWithinTheRetransferYears() throws Exception {
        License l = LicenseTest.license();
        l.transferTo(newHolder(), new TransferRequest(allPassed(), false), THREE_YEARS, TODAY, "c", NOW);
        Applicant third = new Applicant(NationalCode.of("0499370899"), "مریم", "کاظمی", "09121234567", null,
                Education.BACHELOR, NOW);
        LocalDate transferredOn = LocalDate.ofInstant(NOW, TEHRAN);
        assertEquals("TRANSFER_TOO_SOON", code(() -> l.transferTo(third, new TransferRequest(allPassed(), false),
                THREE_YEARS, transferredOn.plusDays(30), "c", NOW)));
        // Renewed, the licence outlives the rule: three years after the transfer it may go again.
        l.renew(l.getExpiryDate(), LicenseTest.TERMS, "c", NOW);
        assertEquals("TRANSFER_TOO_SOON", code(() -> l.transferTo(third, new TransferRequest(allPassed(), false),
                THREE_YEARS, transferredOn.plusYears(3).minusDays(1), "c", NOW)));
        l.transferTo(third, new TransferRequest(allPassed(), false), THREE_YEARS, transferredOn.plusYears(3), "c",
                NOW.plusSeconds(1));
        assertEquals("مریم کاظمی", l.getHolder().fullName());
    }

    @Test
    void theHistoryKeepsTheChecksSummary() throws Exception {
        License l = LicenseTest.license();
        TransferRequest request = new TransferRequest(allPassed(), false);
        l.transferTo(newHolder(), request, THREE_YEARS, TODAY, "c", NOW);
        LicenseEvent last = l.getEvents().get(l.getEvents().size() - 1);
        assertEquals(LicenseEventType.TRANSFERRED, last.getType());
        assertEquals(request.summary(), last.getReason());
        TransferCheck first = TransferCheck.values()[0];
        assertEquals(true, request.summary().startsWith(first.persianName() + ": تأیید "));
        assertEquals(true, request.summary().contains("(REF-0)"));
    }
}
