package ir.pishkhan.security.control;

import at.favre.lib.crypto.bcrypt.BCrypt;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/**
 * Hashes and checks passwords with bcrypt (library {@code at.favre.lib:bcrypt}). The cost
 * factor comes from {@code pishkhan.bcrypt.cost} (default 12); stored hashes keep their own
 * cost, so raising it later needs no migration.
 */
@ApplicationScoped
public class PasswordHasher {

    /** bcrypt reads at most 72 bytes of a password. */
    static final int MAX_BYTES = 72;

    private final int cost = Setting.BCRYPT_COST.integer();

    /** A hash of a random string, checked for unknown usernames so they take as long as known ones. */
    private final String dummyHash = BCrypt.withDefaults().hashToString(cost,
            java.util.UUID.randomUUID().toString().toCharArray());

    public String hash(String password) {
        requireStrong(password);
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            // No stored password is that long (requireStrong); spend the same time, then refuse.
            BCrypt.verifyer().verify(java.util.Arrays.copyOf(bytes, MAX_BYTES), hash.getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return BCrypt.verifyer().verify(bytes, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Spends the time of one check, for a username that does not exist. */
    public void burnOneCheck(String password) {
        matches(password == null ? "" : password, dummyHash);
    }

    /** At least 8 characters, with a letter and a digit; bcrypt reads at most 72 bytes. */
    public static void requireStrong(String password) {
        if (password == null || password.length() < 8
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw BusinessException.invalid("PASSWORD_WEAK",
                    "گذرواژه باید دست‌کم ۸ نویسه و شامل حرف و رقم باشد (حداکثر ۷۲ بایت).",
                    "A password needs at least 8 characters with a letter and a digit (at most 72 bytes).");
        }
    }
}
