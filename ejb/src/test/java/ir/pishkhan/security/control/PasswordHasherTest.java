package ir.pishkhan.security.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final String COST_PROPERTY = "pishkhan.bcrypt.cost";
    /** Persian letter «ب» (U+0628): two bytes in UTF-8. */
    private static final String BEH = "\u0628";

    private static String previousCost;
    private static PasswordHasher hasher;

    @BeforeAll
    static void useLowCost() {
        previousCost = System.getProperty(COST_PROPERTY);
        System.setProperty(COST_PROPERTY, "4");
        hasher = new PasswordHasher();
    }

    @AfterAll
    static void restoreCost() {
        if (previousCost == null) {
            System.clearProperty(COST_PROPERTY);
        } else {
            System.setProperty(COST_PROPERTY, previousCost);
        }
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** 36 Persian letters (72 bytes) and one digit: 73 bytes in 37 characters. */
    private static String seventyThreeBytes() {
        return BEH.repeat(36) + "1";
    }

    /** 35 Persian letters (70 bytes) and two digits: exactly bcrypt's 72-byte limit. */
    private static String seventyTwoBytes() {
        return BEH.repeat(35) + "12";
    }

    // --- requireStrong ---------------------------------------------------------------------

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "short1",      // 6 characters
            "Abcdef1",     // 7 characters
            "allletters",  // no digit
            "12345678",    // no letter
            "",
    })
    void weakPasswordIsRefused(String password) {
        BusinessException e = assertThrows(BusinessException.class, () -> PasswordHasher.requireStrong(password));

        assertEquals("PASSWORD_WEAK", e.code());
        assertEquals(ErrorKind.INVALID, e.kind());
    }

    @Test
    void passwordOver72BytesIsRefusedEvenWithFewCharacters() {
        String password = seventyThreeBytes();
        assertEquals(37, password.length());
        assertEquals(73, utf8Length(password));

        BusinessException e = assertThrows(BusinessException.class, () -> PasswordHasher.requireStrong(password));

        assertEquals("PASSWORD_WEAK", e.code());
    }

    @Test
    void passwordOfExactly72BytesIsAccepted() {
        String password = seventyTwoBytes();
        assertEquals(72, utf8Length(password));

        assertDoesNotThrow(() -> PasswordHasher.requireStrong(password));
    }

    @Test
    void eightCharactersWithLetterAndDigitIsAccepted() {
        assertDoesNotThrow(() -> PasswordHasher.requireStrong("Abcdefg1"));
    }

    @Test
    void persianLettersCountAsLetters() {
        assertDoesNotThrow(() -> PasswordHasher.requireStrong("گذرواژه۱۲۳"));
    }

    // --- hash and matches ------------------------------------------------------------------

    @Test
    void hashUsesBcrypt2aWithTheConfiguredCost() {
        String hash = hasher.hash("Abcdefg1");

        assertTrue(hash.startsWith("$2a$04$"), hash);
        assertEquals(60, hash.length());
    }

    @Test
    void hashRefusesAWeakPassword() {
        BusinessException e = assertThrows(BusinessException.class, () -> hasher.hash("allletters"));

        assertEquals("PASSWORD_WEAK", e.code());
    }

    @Test
    void hashIsSaltedSoTheSamePasswordHashesDifferently() {
        assertNotEquals(hasher.hash("Abcdefg1"), hasher.hash("Abcdefg1"));
    }

    @Test
    void rightPasswordMatchesItsHash() {
        String hash = hasher.hash("Abcdefg1");

        assertTrue(hasher.matches("Abcdefg1", hash));
    }

    @Test
    void wrongPasswordDoesNotMatch() {
        String hash = hasher.hash("Abcdefg1");

        assertFalse(hasher.matches("Abcdefg2", hash));
        assertFalse(hasher.matches("abcdefg1", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void seventyTwoBytePersianPasswordRoundTrips() {
        String password = seventyTwoBytes();
        String hash = hasher.hash(password);

        assertTrue(hasher.matches(password, hash));
        assertFalse(hasher.matches(BEH.repeat(35) + "13", hash));
    }

    @Test
    void nullPasswordOrHashNeverMatches() {
        String hash = hasher.hash("Abcdefg1");

        assertFalse(hasher.matches(null, hash));
        assertFalse(hasher.matches("Abcdefg1", null));
    }

    @Test
    void passwordOver72BytesDoesNotMatchInsteadOfThrowing() {
        String hash = hasher.hash("Abcdefg1");

        assertFalse(hasher.matches(seventyThreeBytes(), hash));
        assertDoesNotThrow(() -> hasher.burnOneCheck(seventyThreeBytes()));
    }
}
