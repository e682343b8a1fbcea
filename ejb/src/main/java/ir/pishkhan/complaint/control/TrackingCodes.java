package ir.pishkhan.complaint.control;

import ir.pishkhan.shared.text.PersianText;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Tracking codes for complaints: ten characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), shown as {@code XXXXX-XXXXX}. Random, not sequential, so nobody can walk through other
 * citizens' complaints by changing a character (31^10 ≈ 8·10^14 codes).
 */
public final class TrackingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    public static String next() {
        StringBuilder sb = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The code as a citizen typed it: Persian digits, lower case, spaces and a missing dash tolerated. */
    public static String normalize(String typed) {
        String s = typed == null ? "" : PersianText.digitsToAscii(typed);
        s = s.toUpperCase(Locale.ROOT).replaceAll("[\\s_\\u200C\\u200F\\u200E]", "");
        if (s.length() == 10 && s.indexOf('-') < 0) {
            s = s.substring(0, 5) + "-" + s.substring(5);
        }
        return s;
    }

    public static boolean wellFormed(String code) {
        return code != null && code.matches("[" + ALPHABET + "]{5}-[" + ALPHABET + "]{5}");
    }
}
