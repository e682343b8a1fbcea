package ir.pishkhan.rollout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.capacity.entity.RequiredDocument;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.rollout.entity.ImportSheet;
import ir.pishkhan.security.entity.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowChecksTest {

    static final long KAVAR = 723;
    static final long SHIRAZ = 730;
    static final CountyNames FARS = new CountyNames(7, "فارس").add(KAVAR, "کوار").add(SHIRAZ, "شیراز")
            .add(731, "سروستان");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1); // 1404/03/11

    static Map<String, String> licence() {
        Map<String, String> c = new HashMap<>();
        c.put("number", "۱۳۹۸/فارس/۰۰۱۲۳");
        c.put("county", "كوار");
        c.put("officeType", "پیشخوان");
        c.put("officeName", "دفتر پیشخوان کوار ۱");
        c.put("address", "کوار، خیابان امام، پلاک ۱۰");
        c.put("locality", "کوار");
        c.put("holderNationalCode", "۰۰۱۲۳۴۵۶۷۹");
        c.put("holderFirstName", "علي");
        c.put("holderLastName", "رضایی");
        c.put("holderPhone", "09171234567");
        c.put("holderEducation", "کارشناسی");
        c.put("issueDate", "1401/03/15");
        c.put("expiryDate", "1406/03/14");
        c.put("status", "فعال");
        return c;
    }

    static Rows.Checked check(ImportSheet sheet, Map<String, String> cells) {
        return RowChecks.check(new Rows.Staged(sheet, 7, cells), FARS, TODAY);
    }

    static List<String> columns(Rows.Checked checked) {
        return checked.errors().stream().map(Rows.CellError::column).toList();
    }

    @Test
    void aValidLicenceRowIsTypedAndNormalised() {
        Rows.Checked checked = check(ImportSheet.LICENCES, licence());
        assertTrue(checked.valid(), checked.errors()::toString);
        Rows.LicenceRow row = (Rows.LicenceRow) checked.row();
        assertEquals("1398/فارس/00123", row.number());
        assertEquals(KAVAR, row.countyId());
        assertEquals(OfficeType.GOVERNMENT_COUNTER, row.officeType());
        assertEquals("0012345679", row.holder().nationalCode());
        assertEquals("علی", row.holder().firstName());
        assertEquals(Education.BACHELOR, row.holder().education());
        assertEquals(LocalDate.of(2022, 6, 5), row.issueDate());
        assertEquals(LicenseStatus.ACTIVE, row.status());
        assertNull(row.suspendedUntil());
    }

    @Test
    void errorsNameTheColumnsPersianHeader() {
        Map<String, String> c = licence();
        c.put("issueDate", "2021-03-15");
        c.put("holderNationalCode", "0012345678");
        c.remove("officeName");
        c.put("county", "تهران");
        Rows.Checked checked = check(ImportSheet.LICENCES, c);
        assertNull(checked.row());
        assertEquals(List.of("county", "officeName", "holderNationalCode", "issueDate"), columns(checked));
        assertEquals("تاریخ صدور: تاریخ میلادی است؛ تاریخ شمسی مانند ۱۴۰۲/۰۵/۱۰ وارد کنید", checked.errors().get(3).message());
        assertEquals("شهرستان: شهرستان «تهران» در استان فارس یافت نشد", checked.errors().get(0).message());
        assertTrue(checked.errors().get(1).message().startsWith("نام دفتر: خالی است"));
    }

    @Test
    void datesInOrderAndStatusDatesOnlyWithTheirStatus() {
        Map<String, String> c = licence();
        c.put("expiryDate", "1400/01/01");
        assertEquals(List.of("expiryDate"), columns(check(ImportSheet.LICENCES, c)));

        c = licence();
        c.put("issueDate", "1404/04/01");
        c.put("expiryDate", "1409/04/01");
        assertEquals(List.of("issueDate"), columns(check(ImportSheet.LICENCES, c)), "issued after today");

        c = licence();
        c.put("status", "تعلیق");
        assertEquals(List.of("suspendedUntil"), columns(check(ImportSheet.LICENCES, c)));
        c.put("suspendedUntil", "1404/05/01");
        Rows.Checked suspended = check(ImportSheet.LICENCES, c);
        assertTrue(suspended.valid(), suspended.errors()::toString);
        assertEquals(LocalDate.of(2025, 7, 23), ((Rows.LicenceRow) suspended.row()).suspendedUntil());

        c = licence();
        c.put("suspendedUntil", "1404/05/01");
        assertEquals(List.of("suspendedUntil"), columns(check(ImportSheet.LICENCES, c)), "only for a suspended licence");

        c = licence();
        c.put("status", "لغوشده");
        assertEquals(List.of("revokedOn"), columns(check(ImportSheet.LICENCES, c)));
        c.put("revokedOn", "1400/01/01");
        assertEquals(List.of("revokedOn"), columns(check(ImportSheet.LICENCES, c)), "before the issue date");
        c.put("revokedOn", "1404/04/01");
        assertEquals(List.of("revokedOn"), columns(check(ImportSheet.LICENCES, c)), "after today");
        c.put("revokedOn", "1403/01/01");
        assertTrue(check(ImportSheet.LICENCES, c).valid());
    }

    @Test
    void anOwnShapeNumberMustNameTheRowsCountyAndOfficeType() {
        Map<String, String> c = licence();
        c.put("number", LicenseNumbers.format(KAVAR, OfficeType.GOVERNMENT_COUNTER, 17));
        assertTrue(check(ImportSheet.LICENCES, c).valid());
        c.put("number", LicenseNumbers.format(SHIRAZ, OfficeType.GOVERNMENT_COUNTER, 17));
        assertEquals(List.of("number"), columns(check(ImportSheet.LICENCES, c)));
        c.put("number", LicenseNumbers.format(KAVAR, OfficeType.RURAL_ICT, 17));
        assertEquals(List.of("number"), columns(check(ImportSheet.LICENCES, c)));
        c.put("number", "0723-G-00017-1");
        assertEquals(List.of("number"), columns(check(ImportSheet.LICENCES, c)), "wrong check digit");
    }

    @Test
    void lengthsOfOfficeNameAddressAndLocality() {
        Map<String, String> c = licence();
        c.put("officeName", "د".repeat(151));
        c.put("address", "ن".repeat(301));
        c.put("locality", "ک".repeat(101));
        assertEquals(List.of("officeName", "address", "locality"), columns(check(ImportSheet.LICENCES, c)));
    }

    @Test
    void capacityContractAndWaitlistRows() {
        Rows.Checked capacity = check(ImportSheet.CAPACITY, Map.of("county", "شيراز", "officeType", "ICT روستایی",
                "capacity", "۱۲"));
        assertEquals(new Rows.CapacityRow(SHIRAZ, OfficeType.RURAL_ICT, 12), capacity.row());

        Rows.Checked contract = check(ImportSheet.CONTRACTS, Map.of("number", "1398/فارس/00123", "agency", "گاز",
                "services", "ثبت درخواست انشعاب", "since", "1401/04/01"));
        assertTrue(contract.valid(), contract.errors()::toString);
        assertEquals(Agency.GAS, ((Rows.ContractRow) contract.row()).agency());

        Map<String, String> w = new HashMap<>(Map.of("county", "کوار", "officeType", "پیشخوان", "appliedOn", "1403/01/20",
                "nationalCode", "0012345679", "firstName", "زهرا", "lastName", "احمدی", "phone", "09171234567",
                "education", "دیپلم", "locality", "کوار", "documents", "همه"));
        Rows.Checked waiting = check(ImportSheet.WAITLIST, w);
        assertTrue(waiting.valid(), waiting.errors()::toString);
        assertEquals(EnumSet.allOf(RequiredDocument.class), ((Rows.WaitlistRow) waiting.row()).documents());
        w.put("appliedOn", "1404/12/01");
        assertEquals(List.of("appliedOn"), columns(check(ImportSheet.WAITLIST, w)));
    }

    @Test
    void accountsFollowTheirRolesScope() {
        Map<String, String> a = new HashMap<>(Map.of("username", "Kavar.Clerk2", "displayName", "مريم کریمی",
                "role", "کارمند اداره پست شهرستان", "county", "کوار", "mobile", "۰۹۱۷۱۲۳۴۵۶۷"));
        Rows.Checked clerk = check(ImportSheet.ACCOUNTS, a);
        assertTrue(clerk.valid(), clerk.errors()::toString);
        assertEquals(new Rows.AccountRow("kavar.clerk2", "مریم کریمی", Role.POST_CLERK, KAVAR, null, null,
                "09171234567", null), clerk.row());

        a.remove("county");
        assertEquals(List.of("county"), columns(check(ImportSheet.ACCOUNTS, a)), "a county role needs its county");

        a.put("role", "مسئول استان");
        a.put("county", "کوار");
        assertEquals(List.of("county"), columns(check(ImportSheet.ACCOUNTS, a)), "province-wide roles name no county");
        a.remove("county");
        assertTrue(check(ImportSheet.ACCOUNTS, a).valid());

        a.put("role", "گزارشگر دستگاه طرف قرارداد");
        assertEquals(List.of("agency"), columns(check(ImportSheet.ACCOUNTS, a)));
        a.put("agency", "گاز");
        Rows.Checked reporter = check(ImportSheet.ACCOUNTS, a);
        assertEquals(Agency.GAS, ((Rows.AccountRow) reporter.row()).agency());
        assertNull(((Rows.AccountRow) reporter.row()).countyId());

        a.put("role", "مدیر دفتر");
        assertEquals(List.of("agency", "office"), columns(check(ImportSheet.ACCOUNTS, a)));
        a.remove("agency");
        a.put("office", "1398/فارس/00123");
        assertEquals("1398/فارس/00123", ((Rows.AccountRow) check(ImportSheet.ACCOUNTS, a).row()).officeNumber());

        a.put("role", "مدیر سامانه");
        assertEquals(List.of("role"), columns(check(ImportSheet.ACCOUNTS, a)));

        Map<String, String> bad = Map.of("username", "۱ab", "displayName", "نام", "role", "بازرس", "mobile", "07112345678",
                "email", "not-an-address");
        assertEquals(List.of("username", "mobile", "email"), columns(check(ImportSheet.ACCOUNTS, bad)));
    }

    @Test
    void theSameRowAlwaysGivesTheSameAnswer() {
        Map<String, String> c = licence();
        c.put("issueDate", "2021-03-15");
        c.put("holderPhone", "12");
        assertEquals(check(ImportSheet.LICENCES, c), check(ImportSheet.LICENCES, new HashMap<>(c)));
    }
}
