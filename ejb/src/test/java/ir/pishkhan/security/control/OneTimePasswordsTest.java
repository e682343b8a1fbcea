package ir.pishkhan.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * One-time passwords (of accounts an administrator makes and of imported ones): readable aloud,
 * strong enough for the rules, never repeated.
 */
class OneTimePasswordsTest {

    @Test
    void aOneTimePasswordIsTwelveUnambiguousLettersAndDigitsWithBoth() {
        for (int i = 0; i < 2000; i++) {
            String p = OneTimePasswords.generate();
            assertEquals(12, p.length(), p);
            assertTrue(p.matches("[a-hjkmnp-z2-9]{12}"), p);
            assertTrue(p.chars().anyMatch(Character::isLetter) && p.chars().anyMatch(Character::isDigit), p);
            assertTrue(p.chars().noneMatch(c -> "01ilo".indexOf(c) >= 0), p);
            PasswordHasher.requireStrong(p);
        }
    }

    @Test
    void oneTimePasswordsAreNotRepeated() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(OneTimePasswords.generate()), "repeated after " + i);
        }
    }


    @RepeatedTest(200)
    void aOneTimePasswordMeetsThePasswordRulesAndAvoidsLookAlikes() {
        String password = OneTimePasswords.generate();

        assertEquals(OneTimePasswords.LENGTH, password.length());
        PasswordHasher.requireStrong(password);
        assertTrue(password.chars().anyMatch(Character::isLetter), password);
        assertTrue(password.chars().anyMatch(Character::isDigit), password);
        assertTrue(password.matches("[a-z2-9]+"), password);
        assertTrue(password.chars().noneMatch(c -> "01ilo".indexOf(c) >= 0), password);
    }

    @Test
    void everyOneIsNew() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(OneTimePasswords.generate()));
        }
    }
}
