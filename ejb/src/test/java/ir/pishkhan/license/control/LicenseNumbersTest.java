package ir.pishkhan.license.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseNumbersTest {

    /** 0723·1·00017: from the right, doubled 7→5, 1, 0, 0, 0, 1, doubled 3→6, 2, doubled 7→5, 0 = 20 → 0. */
    private static final String G_723_17 = "0723-G-00017-0";
    /** 0723·2·00017: 5+1+0+0+0+2+6+2+5+0 = 21 → 9. */
    private static final String R_723_17 = "0723-R-00017-9";

    /** Positions of the digits in {@code CCCC-T-SSSSS-D}. */
    private static final int[] DIGIT_POSITIONS = {0, 1, 2, 3, 7, 8, 9, 10, 11, 13};

    private static BusinessException assertInvalid(String text) {
        BusinessException e = assertThrows(BusinessException.class, () -> LicenseNumbers.canonical(text),
                () -> "accepted " + text);
        assertEquals("LICENSE_NUMBER_INVALID", e.code());
        assertEquals(ErrorKind.INVALID, e.kind());
        return e;
    }

    /** An independent Luhn check over the ten digits before the check digit (G=1, R=2). */
    private static int luhn(String body) {
        int sum = 0;
        boolean dbl = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }

    // ---- format ----

    @Test
    void formatsAGovernmentCounterNumber() {
        String n = LicenseNumbers.format(723, OfficeType.GOVERNMENT_COUNTER, 17);

        assertTrue(n.matches("0723-G-00017-\\d"), n);
        assertEquals(G_723_17, n);
        assertEquals(n, LicenseNumbers.canonical(n));
    }

    @Test
    void formatsARuralIctNumberWithR() {
        String n = LicenseNumbers.format(723, OfficeType.RURAL_ICT, 17);

        assertTrue(n.matches("0723-R-00017-\\d"), n);
        assertEquals(R_723_17, n);
        assertEquals(n, LicenseNumbers.canonical(n));
    }

    static Stream<Arguments> numbers() {
        List<Arguments> all = new ArrayList<>();
        for (OfficeType t : OfficeType.values()) {
            for (long county : new long[] {1, 7, 99, 723, 1000, 9999}) {
                for (int serial : new int[] {1, 9, 17, 100, 12345, 99999}) {
                    all.add(Arguments.of(county, t, serial));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "county {0}, {1}, serial {2}")
    @MethodSource("numbers")
    void everyFormattedNumberIsCanonicalAndCarriesTheLuhnDigit(long county, OfficeType type, int serial) {
        String n = LicenseNumbers.format(county, type, serial);

        String letter = type == OfficeType.GOVERNMENT_COUNTER ? "G" : "R";
        String digit = type == OfficeType.GOVERNMENT_COUNTER ? "1" : "2";
        String head = String.format("%04d-%s-%05d-", county, letter, serial);
        assertTrue(n.startsWith(head), n);
        assertEquals(head.length() + 1, n.length());
        assertEquals(luhn(String.format("%04d%s%05d", county, digit, serial)), n.charAt(n.length() - 1) - '0', n);
        assertEquals(n, LicenseNumbers.canonical(n));
    }

    @Test
    void largestCountyAndSerialStillFit() {
        String n = LicenseNumbers.format(9999, OfficeType.RURAL_ICT, 99999);

        assertTrue(n.matches("9999-R-99999-\\d"), n);
        assertEquals(n, LicenseNumbers.canonical(n));
    }

    @Test
    void countyIdBeyondFourDigitsExhaustsTheNumberSpace() {
        assertThrows(IllegalStateException.class, () -> LicenseNumbers.format(10_000, OfficeType.GOVERNMENT_COUNTER, 17));
        assertThrows(IllegalStateException.class, () -> LicenseNumbers.format(Long.MAX_VALUE, OfficeType.RURAL_ICT, 1));
    }

    @Test
    void serialBeyondFiveDigitsExhaustsTheNumberSpace() {
        assertThrows(IllegalStateException.class, () -> LicenseNumbers.format(723, OfficeType.GOVERNMENT_COUNTER, 100_000));
        assertThrows(IllegalStateException.class, () -> LicenseNumbers.format(723, OfficeType.RURAL_ICT, Integer.MAX_VALUE));
    }

    // ---- canonical: what is forgiven ----

    @Test
    void persianDigitsAreAccepted() {
        assertEquals(G_723_17, LicenseNumbers.canonical("۰۷۲۳-G-۰۰۰۱۷-۰"));
        assertEquals(R_723_17, LicenseNumbers.canonical("۰۷۲۳-R-۰۰۰۱۷-۹"));
    }

    @Test
    void arabicIndicDigitsAreAccepted() {
        assertEquals(G_723_17, LicenseNumbers.canonical("٠٧٢٣-G-٠٠٠١٧-٠"));
    }

    @Test
    void lowerCaseIsAccepted() {
        assertEquals(G_723_17, LicenseNumbers.canonical("0723-g-00017-0"));
        assertEquals(R_723_17, LicenseNumbers.canonical("0723-r-00017-9"));
    }

    @Test
    void surroundingSpacesAreAccepted() {
        assertEquals(G_723_17, LicenseNumbers.canonical("  0723-G-00017-0 "));
        assertEquals(G_723_17, LicenseNumbers.canonical("\t0723-G-00017-0\n"));
    }

    @Test
    void spacesAndUnderscoresInsideAreDropped() {
        assertEquals(G_723_17, LicenseNumbers.canonical("0723 - G - 00017 - 0"));
        assertEquals(G_723_17, LicenseNumbers.canonical("0723-G-000_17-0"));
    }

    @Test
    void allForgivenessesAtOnce() {
        assertEquals(R_723_17, LicenseNumbers.canonical("  ۰۷۲۳-r-۰۰۰۱۷-۹  "));
    }

    // ---- canonical: what is refused ----

    static Stream<Arguments> singleDigitChanges() {
        List<Arguments> all = new ArrayList<>();
        List<String> valid = List.of(G_723_17, R_723_17,
                LicenseNumbers.format(1, OfficeType.GOVERNMENT_COUNTER, 1),
                LicenseNumbers.format(9999, OfficeType.RURAL_ICT, 99999),
                LicenseNumbers.format(4321, OfficeType.GOVERNMENT_COUNTER, 56789));
        for (String n : valid) {
            for (int pos : DIGIT_POSITIONS) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d != n.charAt(pos)) {
                        all.add(Arguments.of(n, n.substring(0, pos) + d + n.substring(pos + 1)));
                    }
                }
            }
        }
        return all.stream();
    }

    @Test
    void everyDigitPositionIsCovered() {
        assertEquals(5 * DIGIT_POSITIONS.length * 9, singleDigitChanges().count());
        for (int pos : DIGIT_POSITIONS) {
            assertTrue(Character.isDigit(G_723_17.charAt(pos)));
        }
    }

    @ParameterizedTest(name = "{1} (from {0})")
    @MethodSource("singleDigitChanges")
    void everySingleDigitChangeIsRejected(String valid, String changed) {
        assertEquals(valid, LicenseNumbers.canonical(valid));
        assertNotEquals(valid, changed);

        assertInvalid(changed);
    }

    @Test
    void swappingTheOfficeTypeLetterIsRejected() {
        assertInvalid("0723-R-00017-0");
        assertInvalid("0723-G-00017-9");
        assertInvalid("0723-r-00017-0");
    }

    @Test
    void noCheckDigitFitsBothTypes() {
        for (int serial = 1; serial <= 200; serial++) {
            String g = LicenseNumbers.format(723, OfficeType.GOVERNMENT_COUNTER, serial);
            assertInvalid(g.replace("-G-", "-R-"));
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "123",
            "   ",
            "0723-X-00017-4",
            "0723-X-00017-0",
            "0723-G-00017",
            "0723-G-00017-",
            "0723-G-0017-0",
            "723-G-00017-0",
            "00723-G-00017-0",
            "0723-G-000017-0",
            "0723-G-00017-00",
            "0723G000170",
            "0723-GG-00017-0",
            "0723-1-00017-0",
            "0723-G-00017-X",
            "07230G0001700",
            "x0723-G-00017-0",
            "0723-G-00017-0x",
            "0723/G/00017/0",
            "0723-گ-00017-0"})
    void malformedNumbersAreRejected(String text) {
        assertInvalid(text);
    }

    @Test
    void theRefusalQuotesTheInput() {
        BusinessException e = assertInvalid("0723-X-00017-4");

        assertTrue(e.getMessage().contains("0723-X-00017-4"), e.getMessage());
        assertTrue(e.persianMessage().contains("0723-X-00017-4"), e.persianMessage());
    }

    @Test
    void missingTypeOrNonPositiveCountyOrSerialIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> LicenseNumbers.format(723, null, 17));
        assertThrows(IllegalArgumentException.class, () -> LicenseNumbers.format(0, OfficeType.RURAL_ICT, 17));
        assertThrows(IllegalArgumentException.class, () -> LicenseNumbers.format(723, OfficeType.RURAL_ICT, 0));
    }

    @Test
    void aNumberCopiedWithDirectionMarksOrTypographicDashesIsRecognised() {
        // As copied from the certificate (LRM ... PDF marks), with a no-break hyphen, an en dash and a no-break space.
        assertEquals(G_723_17, LicenseNumbers.canonical("\u200E0723\u2011G\u2013\u00A000017-0\u200F"));
    }

    // ---- lookupForm: ours or an old register's ----

    @Test
    void ourOwnShapeIsLookedUpInCanonicalFormHoweverTyped() {
        assertEquals(G_723_17, LicenseNumbers.lookupForm("۰۷۲۳-g-۰۰۰۱۷-۰"));
        assertEquals(R_723_17, LicenseNumbers.lookupForm("\u200E0723\u2011R\u2013\u00A000017-9\u200F"));
        var parsed = LicenseNumbers.parse(R_723_17);
        assertTrue(parsed.isIssuedHere());
        assertEquals(723L, parsed.countyId());
        assertEquals(OfficeType.RURAL_ICT, parsed.officeType());
        assertEquals(17, parsed.serial());
    }

    @Test
    void aMistypedNumberOfOurOwnShapeStaysInvalidRatherThanBeingSearchedForAsAnOldOne() {
        for (String wrong : List.of("0723-G-00017-1", "0723-R-00017-0", "۰۷۲۳-G-۰۰۰۱۷-۵")) {
            BusinessException e = assertThrows(BusinessException.class, () -> LicenseNumbers.lookupForm(wrong), wrong);
            assertEquals("LICENSE_NUMBER_INVALID", e.code());
        }
    }

    @Test
    void anyOtherTextIsAnOldRegistersNumberInItsNormalForm() {
        assertEquals("1402/فارس/123", LicenseNumbers.lookupForm("۱۴۰۲/فارس/۱۲۳"));
        assertEquals("1402/فارس/123", LicenseNumbers.lookupForm("  1402/فارس/123 "));
        assertEquals("1402/فارس/123", LicenseNumbers.lookupForm("\u200F۱۴۰۲/فارس/۱۲۳\u200F"));
        assertEquals("پ-98/کرمان", LicenseNumbers.lookupForm("پ\u2013۹۸/كرمان"));
        assertEquals("AB-12", LicenseNumbers.lookupForm("ab-12"));
        assertEquals("123", LicenseNumbers.lookupForm("123"));
        assertEquals("0723-G-00017", LicenseNumbers.lookupForm("0723-G-00017"), "not our shape: looked up as it is");
        assertTrue(!LicenseNumbers.parse("۱۴۰۲/فارس/۱۲۳").isIssuedHere());
        // The normal form is its own normal form: a stored number is found by itself.
        assertEquals("1402/فارس/123", LicenseNumbers.lookupForm(LicenseNumbers.lookupForm("۱۴۰۲/فارس/۱۲۳")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u200E\u200F", "a\u0000b", "12\u0007", "12345678901234567890123456789012345678901"})
    void blankTooLongOrControlCharactersAreInvalid(String text) {
        BusinessException e = assertThrows(BusinessException.class, () -> LicenseNumbers.lookupForm(text));
        assertEquals("LICENSE_NUMBER_INVALID", e.code());
    }

    @Test
    void fortyCharactersAreKeptAndAVeryLongInputIsNotQuotedWhole() {
        String forty = "1".repeat(40);
        assertEquals(forty, LicenseNumbers.lookupForm(forty));
        BusinessException e = assertThrows(BusinessException.class, () -> LicenseNumbers.lookupForm("ش".repeat(5000)));
        assertTrue(e.persianMessage().length() < 300, e.persianMessage());
    }
}
