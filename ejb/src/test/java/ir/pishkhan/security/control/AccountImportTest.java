package ir.pishkhan.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one-time passwords of imported accounts: readable aloud, strong enough for the rules, never repeated. */
class AccountImportTest {

    @Test
    void aOneTimePasswordIsTwelveUnambiguousLettersAndDigitsWithBoth() {
        for (int i = 0; i < 2000; i++) {
            String p = AccountImport.oneTimePassword();
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
            assertTrue(seen.add(AccountImport.oneTimePassword()), "repeated after " + i);
        }
    }
}
