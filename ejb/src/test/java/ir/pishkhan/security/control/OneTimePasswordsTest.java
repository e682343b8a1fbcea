package ir.pishkhan.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class OneTimePasswordsTest {

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
