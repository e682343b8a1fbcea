package ir.pishkhan.security.control;

import java.security.SecureRandom;

/**
 * One-time passwords an administrator hands over (on paper or by phone) when an account is made
 * or its password reset: twelve characters of lower-case letters and digits, without the ones
 * people confuse when reading them aloud or off a page (0/o, 1/l/i), always with a letter and a
 * digit so they meet the password rules. The person must change it at the first sign-in.
 */
public final class OneTimePasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALL = LETTERS + DIGITS;
    static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    /** A fresh random one-time password. */
    public static String generate() {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALL.charAt(RANDOM.nextInt(ALL.length()));
        }
        // One letter and one digit at random places, whatever else was drawn.
        int letterAt = RANDOM.nextInt(LENGTH);
        int digitAt = (letterAt + 1 + RANDOM.nextInt(LENGTH - 1)) % LENGTH;
        chars[letterAt] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        chars[digitAt] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        return new String(chars);
    }
}
