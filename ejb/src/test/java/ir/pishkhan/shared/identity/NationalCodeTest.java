package ir.pishkhan.shared.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.shared.identity.NationalCode.InvalidNationalCodeException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalCodeTest {

    /**
     * The check digit computed here, independently of {@link NationalCode}: s = Σ d[i]·(10−i),
     * r = s mod 11, check = r if r &lt; 2 else 11 − r.
     */
    private static int expectedCheckDigit(String nineDigits) {
        int s = 0;
        for (int i = 0; i < 9; i++) {
            s += Character.digit(nineDigits.charAt(i), 10) * (10 - i);
        }
        int r = s % 11;
        return r < 2 ? r : 11 - r;
    }

    @Test
    void wellKnownCodesSatisfyTheAlgorithm() {
        // 0499370899: s = 0·10 + 4·9 + 9·8 + 9·7 + 3·6 + 7·5 + 0·4 + 8·3 + 9·2 = 266, r = 2, check 9.
        assertEquals(9, expectedCheckDigit("049937089"));
        // 0084575948: s = 0 + 0 + 8·8 + 4·7 + 5·6 + 7·5 + 5·4 + 9·3 + 4·2 = 212, r = 3, check 8.
        assertEquals(8, expectedCheckDigit("008457594"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0499370899",
            "0084575948",
            "1234567891", // r = 1, check digit r
            "9876543210", // r = 0, check digit r
            "3000000003", // r = 8, check digit 11 − r
            "0012345679",
            "2879654327",
            "5123456783",
    })
    void validCodes(String code) {
        assertTrue(NationalCode.isValid(code));
        assertEquals(code, NationalCode.of(code).value());
        assertEquals(code, new NationalCode(code).toString());
    }

    @Test
    void generatedCodesValidate() {
        Random random = new Random(1404);
        for (int n = 0; n < 2_000; n++) {
            String prefix = String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
            int check = expectedCheckDigit(prefix);
            String code = prefix + check;
            if (code.chars().distinct().count() == 1) {
                continue;
            }
            assertEquals(check, NationalCode.checkDigit(code), code);
            assertTrue(NationalCode.isValid(code), code);
            assertEquals(code, NationalCode.of(code).value());
            for (int wrong = 0; wrong <= 9; wrong++) {
                if (wrong != check) {
                    assertFalse(NationalCode.isValid(prefix + wrong), prefix + wrong);
                }
            }
        }
    }

    @Test
    void persianDigits() {
        NationalCode code = NationalCode.of("۰۴۹۹۳۷۰۸۹۹");
        assertEquals("0499370899", code.value());
        assertEquals(NationalCode.of("0499370899"), code);
        assertTrue(NationalCode.isValid("۰۴۹۹۳۷۰۸۹۹"));
    }

    @Test
    void arabicIndicDigits() {
        assertEquals("0084575948", NationalCode.of("٠٠٨٤٥٧٥٩٤٨").value());
    }

    @Test
    void spacesDashesAndDirectionMarksAreIgnored() {
        assertEquals("0499370899", NationalCode.of(" 049-937089-9 ").value());
        assertEquals("0499370899", NationalCode.of("۰۴۹ ۹۳۷۰۸۹\u00A0۹").value());
        assertEquals("0499370899", NationalCode.of("\u200F۰۴۹۹۳۷۰۸۹۹\u200F").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0499370898",  // wrong check digit
            "0084575949",  // wrong check digit
            "1234567890",  // wrong check digit
            "049937089",   // nine digits (leading zero lost)
            "499370899",
            "04993708990", // eleven digits
            "04993708a9",  // a letter
            "abcdefghij",
            "1111111111",  // one repeated digit, though the checksum holds
            "0000000000",
            "9999999999",
            "",
            "   ",
            "0499.370.899",
            "+0499370899",
    })
    void invalidCodes(String code) {
        assertFalse(NationalCode.isValid(code));
        InvalidNationalCodeException e = assertThrows(InvalidNationalCodeException.class, () -> NationalCode.of(code));
        assertEquals(code, e.input());
    }

    @Test
    void everyRepeatedDigitSatisfiesTheChecksumButIsRejected() {
        for (char d = '0'; d <= '9'; d++) {
            String code = String.valueOf(d).repeat(10);
            assertEquals(d - '0', expectedCheckDigit(code), code);
            assertFalse(NationalCode.isValid(code), code);
        }
    }

    @Test
    void nullIsInvalid() {
        assertFalse(NationalCode.isValid(null));
        InvalidNationalCodeException e = assertThrows(InvalidNationalCodeException.class, () -> new NationalCode(null));
        assertNull(e.input());
        assertEquals("کد ملی وارد نشده است.", e.persianMessage());
        assertEquals("No national code given: missing", e.getMessage());
    }

    @Test
    void messages() {
        InvalidNationalCodeException e = assertThrows(InvalidNationalCodeException.class,
                () -> NationalCode.of("0499370898"));
        assertEquals("کد ملی «۰۴۹۹۳۷۰۸۹۸» معتبر نیست.", e.persianMessage());
        assertEquals("Invalid national code \"0499370898\": check digit does not match", e.getMessage());

        InvalidNationalCodeException shortCode = assertThrows(InvalidNationalCodeException.class,
                () -> NationalCode.of("۰۴۹۹۳۷۰۸۹"));
        assertEquals("کد ملی «۰۴۹۹۳۷۰۸۹» معتبر نیست.", shortCode.persianMessage());
        assertEquals("Invalid national code \"۰۴۹۹۳۷۰۸۹\": must be exactly 10 digits", shortCode.getMessage());

        InvalidNationalCodeException repeated = assertThrows(InvalidNationalCodeException.class,
                () -> NationalCode.of("1111111111"));
        assertEquals("کد ملی «۱۱۱۱۱۱۱۱۱۱» معتبر نیست.", repeated.persianMessage());
        assertEquals("Invalid national code \"1111111111\": a single repeated digit is not a national code",
                repeated.getMessage());
    }

    @Test
    void equalityIsByTheCleanedValue() {
        assertEquals(NationalCode.of("0499370899"), NationalCode.of(" ۰۴۹۹-۳۷۰۸۹۹ "));
        assertEquals(NationalCode.of("0499370899").hashCode(), NationalCode.of("۰۴۹۹۳۷۰۸۹۹").hashCode());
        assertNotEquals(NationalCode.of("0499370899"), NationalCode.of("0084575948"));
    }

    @Test
    void checkDigitNeedsNineDigits() {
        assertEquals(9, NationalCode.checkDigit("049937089"));
        assertThrows(IllegalArgumentException.class, () -> NationalCode.checkDigit("04993708"));
        assertThrows(IllegalArgumentException.class, () -> NationalCode.checkDigit("04993708x"));
        assertThrows(IllegalArgumentException.class, () -> NationalCode.checkDigit(null));
    }

    @Test
    void isUnchecked() {
        assertTrue(RuntimeException.class.isAssignableFrom(InvalidNationalCodeException.class));
    }
}
