package ir.pishkhan.shared.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import ir.pishkhan.complaint.control.TrackingCodes;
import ir.pishkhan.shared.identity.NationalCode;
import ir.pishkhan.shared.jalali.JalaliDateException;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianText;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a person types into a date, national-code or tracking-code field, the parsers answer
 * with a value or with their documented refusal, never with another exception (which would be
 * a 500 for the user). Run as coverage-guided fuzzing with Jazzer:
 * {@code JAZZER_FUZZ=1 mvn -pl ejb test -Dtest=InputParsersFuzzTest -Djazzer.max_duration=5m};
 * in the normal build the {@code @FuzzTest}s replay their seeds and the {@code @Test}s throw
 * 20,000 seeded random inputs each at the same properties.
 */
class InputParsersFuzzTest {

    private static final String ALPHABET = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩/-. \u00A0\u200F\u200E\u202Babcxyzآبپ";

    /** The Jalali parser: a real date, or JalaliDateException; a parsed date formats back to itself. */
    static void jalali(String text) {
        LocalDate d;
        try {
            d = JalaliDates.parse(text);
        } catch (JalaliDateException refused) {
            return;
        }
        assertEquals(d, JalaliDates.parse(JalaliDates.format(d)), () -> "round trip of " + text);
        assertEquals(d, JalaliDates.parse(JalaliDates.formatLatin(d)), () -> "Latin round trip of " + text);
    }

    /** The national-code check: valid or not, and a valid code stays valid once normalised. */
    static void nationalCode(String text) {
        if (NationalCode.isValid(text)) {
            String normal = NationalCode.of(text).toString();
            assertTrue(NationalCode.isValid(normal), () -> text + " → " + normal);
        }
    }

    /** Tracking codes and Persian normalisation never fail, and are idempotent. */
    static void codesAndText(String text) {
        String code = TrackingCodes.normalize(text);
        assertEquals(code, TrackingCodes.normalize(code));
        TrackingCodes.wellFormed(code);
        String normal = PersianText.normalize(text);
        assertEquals(normal, PersianText.normalize(normal), () -> "normalise twice: " + text);
        PersianText.searchKey(text);
        PersianText.containsPattern(text);
    }

    @FuzzTest(maxDuration = "10s")
    void jalaliParser(FuzzedDataProvider data) {
        jalali(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "10s")
    void nationalCodeValidator(FuzzedDataProvider data) {
        nationalCode(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "10s")
    void trackingCodesAndPersianText(FuzzedDataProvider data) {
        codesAndText(data.consumeRemainingAsString());
    }

    @Test
    void twentyThousandRandomInputsEach() {
        Random random = new Random(1404);
        for (int i = 0; i < 20_000; i++) {
            String s = randomText(random);
            jalali(s);
            nationalCode(s);
            codesAndText(s);
        }
    }

    private static String randomText(Random random) {
        int kind = random.nextInt(4);
        int length = kind == 0 ? random.nextInt(40) : 6 + random.nextInt(10);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (kind == 3) {
                sb.append((char) random.nextInt(0x10000));
            } else {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }
}
