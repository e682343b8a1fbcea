package ir.pishkhan.license.entity;

import static ir.pishkhan.license.entity.LicenseTest.NOW;
import static ir.pishkhan.license.entity.LicenseTest.code;
import static ir.pishkhan.license.entity.LicenseTest.license;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.testing.Reflection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An administrator's corrections (اصلاح اطلاعات) of a licence, its holder and its contracts, without a database. */
class LicenseCorrectionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    static License.Correction officeName(String name) {
        return new License.Correction(name, null, null, null, null, null, null);
    }

    static License.Correction number(String typed) {
        return new License.Correction(null, null, null, LicenseNumbers.parse(typed), null, null, null);
    }

    static License.Correction issueDate(LocalDate date) {
        return new License.Correction(null, null, date, null, null, null, null);
    }

    static LicenseEvent last(License l) {
        return l.getEvents().get(l.getEvents().size() - 1);
    }

    @Test
    void aReasonIsRequiredAndWithoutOneNothingChanges() throws Exception {
        License l = license();
        assertEquals("REASON_REQUIRED", code(() -> l.correct(officeName("دفتر درست"), TODAY, null, "admin", NOW)));
        assertEquals("REASON_REQUIRED", code(() -> l.correct(officeName("دفتر درست"), TODAY, "  ", "admin", NOW)));
        assertEquals("دفتر ۱", l.getOfficeName());
        assertEquals(1, l.getEvents().size());
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() throws Exception {
        License l = license();
        String why = "اشتباه در ثبت";
        assertEquals("NOTHING_TO_CORRECT", code(() -> l.correct(new License.Correction(null, null, null, null, null,
                null, null), TODAY, why, "admin", NOW)));
        // The same values, however typed (Arabic letters, the number in Persian digits), are no change either.
        assertEquals("NOTHING_TO_CORRECT", code(() -> l.correct(new License.Correction("دفتر ۱", "خيابان ۱",
                l.getIssueDate(), null, "مريم", "كاظمی", "۰۴۹۹۳۷۰۸۹۹"), TODAY, why, "admin", NOW)));
        assertEquals(1, l.getEvents().size());
    }

    @Test
    void theIssueDateMustLieBeforeTheExpiryDateAndNotInTheFuture() throws Exception {
        License l = license();
        LocalDate expiry = l.getExpiryDate();
        assertEquals("ISSUE_DATE_INVALID", code(() -> l.correct(issueDate(expiry), expiry.plusYears(1), "خطا", "admin", NOW)));
        assertEquals("ISSUE_DATE_INVALID", code(() -> l.correct(issueDate(expiry.plusDays(1)), expiry.plusYears(1), "خطا",
                "admin", NOW)));
        assertEquals("ISSUE_DATE_INVALID", code(() -> l.correct(issueDate(TODAY.plusDays(1)), TODAY, "خطا", "admin", NOW)));
        assertEquals(LicenseTest.ISSUED, l.getIssueDate());

        l.correct(issueDate(LicenseTest.ISSUED.minusDays(3)), TODAY, "تاریخ صدور اشتباه وارد شده بود", "admin", NOW);
        assertEquals(LicenseTest.ISSUED.minusDays(3), l.getIssueDate());
        assertEquals(LicenseTest.ISSUED.plusYears(5), l.getExpiryDate(), "the validity is not the correction's to change");
    }

    @Test
    void aNumberOfOurOwnShapeMustNameThisLicencesCountyAndOfficeType() throws Exception {
        License l = license();
        String otherCounty = LicenseNumbers.format(724, OfficeType.GOVERNMENT_COUNTER, 1);
        String otherType = LicenseNumbers.format(723, OfficeType.RURAL_ICT, 1);
        assertEquals("LICENSE_NUMBER_MISMATCH", code(() -> l.correct(number(otherCounty), TODAY, "خطا", "admin", NOW)));
        assertEquals("LICENSE_NUMBER_MISMATCH", code(() -> l.correct(number(otherType), TODAY, "خطا", "admin", NOW)));
        assertEquals("0723-G-00001-6", l.getNumber());

        String own = LicenseNumbers.format(723, OfficeType.GOVERNMENT_COUNTER, 2);
        l.correct(number(own.toLowerCase()), TODAY, "شماره اشتباه وارد شده بود", "admin", NOW);
        assertEquals(own, l.getNumber());
    }

    @Test
    void anOldRegistersNumberIsKeptInItsNormalForm() throws Exception {
        License l = license();
        l.correct(number(" ۱۴۰۲/فارس/۱۲۳ "), TODAY, "شمارهٔ دفتر قدیم", "admin", NOW);
        assertEquals("1402/فارس/123", l.getNumber());
        assertEquals(List.of(new LicenseEvent.FieldChange("number", "0723-G-00001-6", "1402/فارس/123")), last(l).changes());
    }

    @Test
    void theHistoryGetsACorrectedEventWithBeforeAfterAndReasonAndTheStatusStays() throws Exception {
        License l = license();
        l.suspend(TODAY.plusDays(20), "تصمیم کارگروه", "sec", NOW);
        l.correct(new License.Correction("دفتر پیشخوان آزادی", "خیابان آزادی، پلاک ۳", null, null, null, null, null), TODAY,
                "نام و نشانی در پرونده اشتباه ثبت شده بود", "admin", NOW);

        LicenseEvent e = last(l);
        assertEquals(LicenseEventType.CORRECTED, e.getType());
        assertEquals("admin", e.getActor());
        assertEquals("نام و نشانی در پرونده اشتباه ثبت شده بود", e.getReason());
        assertTrue(e.getBeforeState().contains("officeName=دفتر ۱"), e.getBeforeState());
        assertTrue(e.getAfterState().contains("officeName=دفتر پیشخوان آزادی"), e.getAfterState());
        assertEquals(List.of(new LicenseEvent.FieldChange("officeName", "دفتر ۱", "دفتر پیشخوان آزادی"),
                new LicenseEvent.FieldChange("address", "خیابان ۱", "خیابان آزادی، پلاک ۳")), e.changes());
        assertEquals(LicenseStatus.SUSPENDED, l.getStatus(), "a correction never changes the status");
        assertEquals(TODAY.plusDays(20), l.getSuspendedUntil());
    }

    @Test
    void theHoldersNamesAndCodeAreCorrectedOnThePersonAndNotedOnTheLicence() throws Exception {
        License l = license();
        assertEquals("NATIONAL_CODE_INVALID", code(() -> l.correct(new License.Correction(null, null, null, null, "مریم",
                null, "0499370898"), TODAY, "خطا", "admin", NOW)));
        assertEquals("APPLICANT_NAME_INVALID", code(() -> l.correct(new License.Correction("دفتر تازه", null, null, null,
                " ", null, null), TODAY, "خطا", "admin", NOW)));
        assertEquals("دفتر ۱", l.getOfficeName(), "a refused holder leaves the licence as it was");

        l.correct(new License.Correction(null, null, null, null, "مرضیه", "کاظمی‌نژاد", "0084575948"), TODAY,
                "نام دارنده در شناسنامه چنین است", "admin", NOW);
        assertEquals("مرضیه کاظمی‌نژاد", l.getHolder().fullName());
        assertEquals("0084575948", l.getHolder().getNationalCode());
        List<LicenseEvent.FieldChange> changes = last(l).changes();
        assertEquals(List.of("holder", "holderName"), changes.stream().map(LicenseEvent.FieldChange::field).toList());
        assertEquals("مریم کاظمی", changes.get(1).before());
        assertEquals("مرضیه کاظمی‌نژاد", changes.get(1).after());
    }

    @Test
    void aContractCorrectionIsNotedInTheLicencesHistory() throws Exception {
        License l = license();
        ServiceContract c = new ServiceContract(l, Agency.GAS, "قبض گاز", LocalDate.of(2025, 1, 1), NOW);
        Reflection.set(c, "id", 12L);
        assertEquals("REASON_REQUIRED", code(() -> c.correct(Agency.WATER, null, null, "", "admin", NOW)));
        assertEquals("NOTHING_TO_CORRECT", code(() -> c.correct(Agency.GAS, "قبض گاز", LocalDate.of(2025, 1, 1), "خطا",
                "admin", NOW)));
        assertEquals("CONTRACT_INVALID", code(() -> c.correct(null, " ", null, "خطا", "admin", NOW)));
        assertEquals(1, l.getEvents().size());

        c.correct(Agency.WATER, "قبض آب", null, "دستگاه اشتباه انتخاب شده بود", "admin", NOW);
        assertEquals(Agency.WATER, c.getAgency());
        assertEquals(ServiceContract.Status.ACTIVE, c.getStatus());
        LicenseEvent e = last(l);
        assertEquals(LicenseEventType.CORRECTED, e.getType());
        assertTrue(e.getReason().contains("۱۲") && e.getReason().contains(Agency.WATER.persianName())
                && e.getReason().endsWith("دستگاه اشتباه انتخاب شده بود"), e.getReason());
        assertEquals(List.of(new LicenseEvent.FieldChange("agency", "GAS", "WATER"),
                new LicenseEvent.FieldChange("services", "قبض گاز", "قبض آب")), e.changes());
        assertEquals(LicenseStatus.ACTIVE, l.getStatus());
    }

    @Test
    void aStateIsReadBackFieldByFieldWhateverItsValuesHold() {
        var fields = LicenseEvent.fields("{number=1402/فارس/123, officeName=دفتر, یک, address=a=b, c, status=ACTIVE}");
        assertEquals("1402/فارس/123", fields.get("number"));
        assertEquals("دفتر, یک", fields.get("officeName"));
        assertEquals("a=b, c", fields.get("address"));
        assertEquals("ACTIVE", fields.get("status"));
    }
}
