package ir.pishkhan.rollout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.capacity.entity.Education;
import ir.pishkhan.capacity.entity.RequiredDocument;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.security.entity.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

    private static final LocalDate MORDAD_10_1402 = LocalDate.of(2023, 8, 1);

    @ParameterizedTest
    @ValueSource(strings = {"1402/05/10", "۱۴۰۲/۰۵/۱۰", "1402-5-10", "١٤٠٢/٠٥/١٠", " 1402/5/10 ", "1402.05.10", "\u200F1402/05/10"})
    void jalaliDatesInEveryDigitSetAndSeparator(String typed) {
        assertEquals(MORDAD_10_1402, Cells.date(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-03-15", "2021/03/15", "15/03/2021", "03/15/2021", "۲۰۲۱/۰۳/۱۵", "2021-03-15 00:00:00", "1900-01-01"})
    void gregorianDatesAreRefusedWithTheirOwnMessage(String typed) {
        Cells.Invalid e = assertThrows(Cells.Invalid.class, () -> Cells.date(typed));
        assertEquals("تاریخ میلادی است؛ تاریخ شمسی مانند ۱۴۰۲/۰۵/۱۰ وارد کنید", e.persianMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1397/12/30", "1402/13/01", "1402/05", "فردا", "14020510"})
    void notADate(String typed) {
        Cells.Invalid e = assertThrows(Cells.Invalid.class, () -> Cells.date(typed));
        assertTrue(e.persianMessage().contains("معتبر نیست"), e.persianMessage());
    }

    @Test
    void nationalCodesInPersianDigitsWithSeparatorsAndTheirChecksum() {
        assertEquals("0012345679", Cells.nationalCode("۰۰۱۲۳۴۵۶۷۹"));
        assertEquals("0499370899", Cells.nationalCode("049-937089-9"));
        assertTrue(assertThrows(Cells.Invalid.class, () -> Cells.nationalCode("0012345678")).persianMessage()
                .contains("معتبر نیست"));
        // Excel dropped the leading zeros: the message says how to keep them.
        assertTrue(assertThrows(Cells.Invalid.class, () -> Cells.nationalCode("12345679")).persianMessage()
                .contains("قالب ستون را «متن» کنید"));
    }

    @Test
    void phonesAreElevenDigitsFromZero() {
        assertEquals("09171234567", Cells.phone("۰۹۱۷ ۱۲۳ ۴۵۶۷"));
        assertEquals("09171234567", Cells.phone("+98 917 123 4567"));
        assertEquals("07112345678", Cells.phone("071-12345678"));
        assertTrue(assertThrows(Cells.Invalid.class, () -> Cells.phone("9171234567")).persianMessage().contains("ده رقم"));
        assertThrows(Cells.Invalid.class, () -> Cells.phone("0917123"));
    }

    @Test
    void namesAndCodesOfTheEnumerations() {
        assertEquals(OfficeType.GOVERNMENT_COUNTER, Cells.officeType("پیشخوان"));
        assertEquals(OfficeType.GOVERNMENT_COUNTER, Cells.officeType("دفتر پيشخوان خدمات دولت"));
        assertEquals(OfficeType.RURAL_ICT, Cells.officeType("ICT  روستايی"));
        assertEquals(OfficeType.RURAL_ICT, Cells.officeType("روستایی"));
        assertEquals(OfficeType.RURAL_ICT, Cells.officeType("RURAL_ICT"));
        assertEquals(Education.MASTER, Cells.education("کارشناسي ارشد"));
        assertEquals(Education.MASTER, Cells.education("کارشناسی‌ارشد"));
        assertEquals(LicenseStatus.REVOKED, Cells.licenceStatus("لغو شده"));
        assertEquals(LicenseStatus.SUSPENDED, Cells.licenceStatus("تعليق"));
        assertEquals(ServiceContract.Status.ACTIVE, Cells.contractStatus(""));
        assertEquals(ServiceContract.Status.ENDED, Cells.contractStatus("پایان‌یافته"));
        assertEquals(Agency.ELECTRICITY, Cells.agency("توزيع برق"));
        assertEquals(Agency.INSURANCE, Cells.agency("تامین اجتماعی"));
        assertEquals(Agency.GAS, Cells.agency("GAS"));
        assertEquals(Role.POST_CLERK, Cells.role("کارمند اداره پست شهرستان"));
        assertEquals(Role.AGENCY_REPORTER, Cells.role("agency_reporter"));
        assertTrue(assertThrows(Cells.Invalid.class, () -> Cells.role("مدیر سامانه")).persianMessage()
                .contains("داده نمی‌شود"));
        assertThrows(Cells.Invalid.class, () -> Cells.officeType("کافی‌نت"));
        assertThrows(Cells.Invalid.class, () -> Cells.licenceStatus("ابطال به درخواست دارنده"));
    }

    @Test
    void documents() {
        assertEquals(EnumSet.allOf(RequiredDocument.class), Cells.documents("همه"));
        assertEquals(Set.of(), Cells.documents(""));
        assertEquals(EnumSet.of(RequiredDocument.NATIONAL_ID_CARD, RequiredDocument.PHOTO),
                Cells.documents("کارت ملي، عکس"));
        assertEquals(EnumSet.of(RequiredDocument.NATIONAL_ID_CARD, RequiredDocument.BIRTH_CERTIFICATE),
                Cells.documents("NATIONAL_ID_CARD, شناسنامه"));
        assertTrue(assertThrows(Cells.Invalid.class, () -> Cells.documents("کارت ملی، گواهینامه")).persianMessage()
                .contains("«گواهینامه»"));
    }

    @Test
    void licenceNumbersOwnShapeCanonicalOthersKeptAsIssued() {
        assertEquals("0723-G-00017-0", Cells.licenceNumber("۰۷۲۳-g-۰۰۰۱۷-۰"));
        assertTrue(assertThrows(Cells.Invalid.class, () -> Cells.licenceNumber("0723-G-00017-1")).persianMessage()
                .contains("رقم کنترل"));
        assertEquals("1398/فارس/00123", Cells.licenceNumber("۱۳۹۸/فارس/۰۰۱۲۳"));
        assertEquals("1398/فارس/00123", Cells.licenceNumber(" 1398/فارس/00123 "));
        assertEquals("KZ-1400-77", Cells.licenceNumber("kz-1400-77"));
        assertThrows(Cells.Invalid.class, () -> Cells.licenceNumber("x".repeat(41)));
        assertEquals("0723-G-00017-1", Cells.numberKey("0723-G-00017-1"));
    }

    @Test
    void integersAndLengths() {
        assertEquals(1200, Cells.integer("۱٬۲۰۰", 0, 100_000));
        assertEquals(12, Cells.integer("12.0", 0, 100_000));
        assertThrows(Cells.Invalid.class, () -> Cells.integer("12.5", 0, 100_000));
        assertThrows(Cells.Invalid.class, () -> Cells.integer("100001", 0, 100_000));
        assertEquals("دفتر یک", Cells.text("  دفتر\u00A0 يک ", 150));
        assertThrows(Cells.Invalid.class, () -> Cells.text("ا".repeat(151), 150));
    }

    @Test
    void keysIgnoreSpacingHalfSpacesAndArabicLetters() {
        assertEquals(Cells.key("پروانه‌ها"), Cells.key("پروانه ها"));
        assertEquals(Cells.key("پروانه‌ها"), Cells.key("پروانهها"));
        assertEquals(Cells.key("شمارهٔ پروانه"), Cells.key("شماره پروانه"));
        assertEquals(Cells.key("کد ملی دارنده"), Cells.key("كد ملي دارنده"));
    }
}
