package ir.pishkhan.shared.identity;

import ir.pishkhan.shared.text.PersianText;
import java.util.regex.Pattern;

/**
 * An Iranian national code («کد ملی»): the ten-digit number the National Organization for Civil
 * Registration gives every Iranian citizen, printed on the national ID card. In this system it
 * identifies a person — an office's operator, a licence applicant, a working-group member — so
 * two records with the same national code are the same person.
 *
 * <p>The value is always exactly ten ASCII digits, leading zeros included ({@code "0499370899"}):
 * it is a code, not a number, and must never be stored in a numeric column. The first nine
 * digits are the serial, the tenth a check digit: with {@code s = Σ digit[i]·(10−i)} for
 * {@code i = 0..8} and {@code r = s mod 11}, the check digit is {@code r} when {@code r < 2} and
 * {@code 11 − r} otherwise. Codes made of one repeated digit ({@code 1111111111} …) satisfy the
 * checksum but are never issued, and are rejected.
 *
 * <p>Input is cleaned before it is checked: Persian and Arabic-Indic digits become ASCII, and
 * white space (including non-breaking space), dashes and invisible direction marks are removed,
 * so «۰۴۹۹-۳۷۰۸۹-۹» is accepted as {@code 0499370899}. Nothing else is forgiven; in particular a
 * code that lost its leading zeros (nine digits) is refused rather than guessed at.
 *
 * @param value the national code, exactly ten ASCII digits once constructed
 */
public record NationalCode(String value) {

    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s\\p{Zs}\\p{Pd}\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    /**
     * Cleans and validates the code.
     *
     * @param value the national code as typed; replaced by its ten cleaned ASCII digits
     * @throws InvalidNationalCodeException if {@code value} is {@code null}, is not ten digits
     *                                      after cleaning, is one repeated digit, or has a wrong
     *                                      check digit
     */
    public NationalCode {
        if (value == null) {
            throw new InvalidNationalCodeException(null, "missing");
        }
        String digits = SEPARATORS.matcher(PersianText.digitsToAscii(value)).replaceAll("");
        if (!TEN_DIGITS.matcher(digits).matches()) {
            throw new InvalidNationalCodeException(value, "must be exactly 10 digits");
        }
        if (digits.chars().allMatch(c -> c == digits.charAt(0))) {
            throw new InvalidNationalCodeException(value, "a single repeated digit is not a national code");
        }
        if (digits.charAt(9) - '0' != checkDigit(digits)) {
            throw new InvalidNationalCodeException(value, "check digit does not match");
        }
        value = digits;
    }

    /**
     * The national code in {@code text}, cleaned as described above.
     *
     * @param text the national code as typed
     * @return the national code
     * @throws InvalidNationalCodeException if it is not a valid national code
     */
    public static NationalCode of(String text) {
        return new NationalCode(text);
    }

    /**
     * Whether {@code text} is a valid national code, after the same cleaning.
     *
     * @param text the national code as typed, or {@code null}
     * @return {@code true} if {@code text} is valid; {@code false} if not or {@code null}
     */
    public static boolean isValid(String text) {
        try {
            new NationalCode(text);
            return true;
        } catch (InvalidNationalCodeException e) {
            return false;
        }
    }

    /**
     * The check digit (the tenth digit) that the first nine digits of {@code digits} require:
     * {@code r = (Σ digit[i]·(10−i)) mod 11} over {@code i = 0..8}; {@code r} if {@code r < 2},
     * else {@code 11 − r}.
     *
     * @param digits at least nine ASCII digits; only the first nine are read
     * @return the check digit, 0–9
     * @throws IllegalArgumentException if the first nine characters are not ASCII digits
     */
    public static int checkDigit(String digits) {
        if (digits == null || digits.length() < 9) {
            throw new IllegalArgumentException("Nine digits are needed to compute a check digit");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Not a digit at position " + i + ": " + c);
            }
            sum += (c - '0') * (10 - i);
        }
        int r = sum % 11;
        return r < 2 ? r : 11 - r;
    }

    /**
     * The national code as text.
     *
     * @return the ten digits
     */
    @Override
    public String toString() {
        return value;
    }

    /**
     * Text that is not a valid Iranian national code. Unchecked: it is the user's input error, to
     * be shown next to the field. Carries the offending {@link #input()} as given, an English
     * {@link #getMessage()} for logs and API clients, and a {@link #persianMessage()} for users.
     */
    public static class InvalidNationalCodeException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private static final int MAX_SHOWN = 40;

        private final String input;

        /**
         * @param input  the offending text as given (may be {@code null})
         * @param reason English explanation for the log (may be {@code null})
         */
        public InvalidNationalCodeException(String input, String reason) {
            super((input == null || input.isBlank()
                    ? "No national code given"
                    : "Invalid national code \"" + shown(input) + "\"")
                    + (reason == null ? "" : ": " + reason));
            this.input = input;
        }

        /**
         * The offending input.
         *
         * @return the input exactly as given; may be {@code null} or blank
         */
        public String input() {
            return input;
        }

        /**
         * The message to show users, in Persian with Persian digits, e.g. «کد ملی «۰۴۹۹۳۷۰۸۹۸»
         * معتبر نیست.»; when nothing was typed, «کد ملی وارد نشده است.»
         *
         * @return the Persian message for the user
         */
        public String persianMessage() {
            if (input == null || input.isBlank()) {
                return "کد ملی وارد نشده است.";
            }
            return "کد ملی «" + PersianText.digitsToPersian(shown(input)) + "» معتبر نیست.";
        }

        private static String shown(String input) {
            String s = input.strip();
            return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
        }
    }
}
