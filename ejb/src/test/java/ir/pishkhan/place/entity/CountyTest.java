package ir.pishkhan.place.entity;

import ir.pishkhan.testing.Reflection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CountyTest {

    /** «شاهين شهر و ميمه» typed with Arabic yeh (U+064A) and extra spaces. */
    private static final String TYPED_WITH_ARABIC_YEH = "  شاه\u064Aن   شهر و\u00A0\u00A0م\u064Aمه ";
    private static final String SHAHIN_SHAHR = "شاهین شهر و میمه";

    private static Province fars() {
        Province p = new Province();
        Reflection.set(p, "id", 7L);
        Reflection.set(p, "code", "IR-07");
        Reflection.set(p, "nameFa", "فارس");
        Reflection.set(p, "nameEn", "Fars");
        return p;
    }

    private static County kazerun() {
        return new County(fars(), "کازرون", "Kazerun");
    }

    /** Persian names that are empty, blank, empty after normalisation, or longer than 100 characters. */
    static Stream<String> invalidPersianNames() {
        return Stream.of(null, "", "   ", "\t\u00A0\n", "\u0640\u200C\u064E", "ک".repeat(101));
    }

    static Stream<String> invalidEnglishNames() {
        return Stream.of(null, "", "   ", "a".repeat(101));
    }

    @Test
    void arabicYehIsReplacedAndSpacesCollapsed() {
        County c = new County(fars(), TYPED_WITH_ARABIC_YEH, "Shahin Shahr and Meymeh");

        assertEquals(SHAHIN_SHAHR, c.getNameFa());
    }

    @Test
    void arabicKafIsReplacedByPersianKaf() {
        County c = new County(fars(), "\u0643وهرنگ", "Kuhrang");

        assertEquals("\u06A9وهرنگ", c.getNameFa());
    }

    @Test
    void searchKeyIsSetFromTheNormalisedName() {
        County c = new County(fars(), TYPED_WITH_ARABIC_YEH, "Shahin Shahr and Meymeh");

        assertEquals(SHAHIN_SHAHR, c.getSearchKey());
    }

    @Test
    void differentlyTypedSpellingsGetTheSameSearchKey() {
        County arabic = new County(fars(), "\u0643از\u064Aرون", "Kazerun");
        County persian = new County(fars(), "کازیرون", "Kazerun");

        assertEquals(persian.getSearchKey(), arabic.getSearchKey());
    }

    @Test
    void englishNameIsTrimmedAndSpacesCollapsed() {
        County c = new County(fars(), "کازرون", "  Shahin   Shahr\tand Meymeh ");

        assertEquals("Shahin Shahr and Meymeh", c.getNameEn());
    }

    @Test
    void countyKeepsItsProvince() {
        Province fars = fars();
        County c = new County(fars, "کازرون", "Kazerun");

        assertSame(fars, c.getProvince());
        assertEquals(Map.of("provinceId", 7L, "nameFa", "کازرون", "nameEn", "Kazerun"), c.snapshot());
    }

    @Test
    void persianNameOfExactly100CharactersIsAccepted() {
        County c = new County(fars(), "ک".repeat(100), "Long");

        assertEquals(100, c.getNameFa().length());
    }

    @Test
    void renameChangesBothNamesAndTheSearchKey() {
        County c = kazerun();
        Reflection.set(c, "id", 12L);

        c.rename(TYPED_WITH_ARABIC_YEH, " Shahin Shahr ");

        assertEquals(SHAHIN_SHAHR, c.getNameFa());
        assertEquals("Shahin Shahr", c.getNameEn());
        assertEquals(SHAHIN_SHAHR, c.getSearchKey());
        assertEquals(12L, c.getId());
        assertEquals(7L, c.getProvince().getId());
    }

    @ParameterizedTest
    @MethodSource("invalidPersianNames")
    void invalidPersianNameIsRefused(String nameFa) {
        BusinessException e = assertThrows(BusinessException.class, () -> new County(fars(), nameFa, "Kazerun"));

        assertEquals("COUNTY_NAME_INVALID", e.code());
        assertEquals(ErrorKind.INVALID, e.kind());
    }

    @ParameterizedTest
    @MethodSource("invalidPersianNames")
    void renameToAnInvalidPersianNameKeepsTheOldNames(String nameFa) {
        County c = kazerun();

        BusinessException e = assertThrows(BusinessException.class, () -> c.rename(nameFa, "Other"));

        assertEquals("COUNTY_NAME_INVALID", e.code());
        assertEquals("کازرون", c.getNameFa());
        assertEquals("Kazerun", c.getNameEn());
        assertEquals("کازرون", c.getSearchKey());
    }

    @ParameterizedTest
    @MethodSource("invalidEnglishNames")
    void invalidEnglishNameIsRefused(String nameEn) {
        BusinessException e = assertThrows(BusinessException.class, () -> new County(fars(), "کازرون", nameEn));

        assertEquals("COUNTY_NAME_INVALID", e.code());
        assertEquals(ErrorKind.INVALID, e.kind());
    }

    @ParameterizedTest
    @MethodSource("invalidEnglishNames")
    void renameToAnInvalidEnglishNameKeepsTheOldNames(String nameEn) {
        County c = kazerun();

        BusinessException e = assertThrows(BusinessException.class, () -> c.rename("شیراز", nameEn));

        assertEquals("COUNTY_NAME_INVALID", e.code());
        assertEquals("کازرون", c.getNameFa());
        assertEquals("Kazerun", c.getNameEn());
        assertEquals("کازرون", c.getSearchKey());
    }
}
