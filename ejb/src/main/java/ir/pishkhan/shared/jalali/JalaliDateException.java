package ir.pishkhan.shared.jalali;

import ir.pishkhan.shared.text.PersianText;

/**
 * A text or a year/month/day triple that is not a real Solar Hijri (Jalali) date, such as
 * «۱۳۹۷/۱۲/۳۰» (1397 is not a leap year, so Esfand 1397 has only 29 days), month 13, day 32, or
 * text that is not a date at all.
 *
 * <p>Unchecked: a wrong date is the user's input error, to be shown next to the field, not a
 * condition callers must plan for at every call. It carries the offending {@link #input()} as
 * given, an English {@link #getMessage()} for logs and API clients, and a
 * {@link #persianMessage()} to show users, which also tells them the expected form.
 */
public class JalaliDateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The form users are asked to type, in Persian digits. */
    static final String EXAMPLE = "۱۴۰۴/۰۸/۱۵";

    /** Longest part of the input repeated in messages, so pasted junk cannot flood a page. */
    private static final int MAX_SHOWN = 40;

    private final String input;

    /**
     * @param input the offending text as the user gave it (may be {@code null} or blank), or a
     *              {@code year/month/day} rendering of rejected numbers
     * @param reason English explanation of what is wrong, for the log (may be {@code null})
     */
    public JalaliDateException(String input, String reason) {
        super(englishMessage(input, reason));
        this.input = input;
    }

    /**
     * @param input the offending text as the user gave it (may be {@code null} or blank)
     */
    public JalaliDateException(String input) {
        this(input, null);
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
     * The message to show users, in Persian, naming what they typed (with Persian digits) and
     * the expected form, e.g. «تاریخ «۱۳۹۷/۱۲/۳۰» معتبر نیست؛ تاریخ را به شکل ۱۴۰۴/۰۸/۱۵ وارد
     * کنید.» When nothing was typed: «تاریخ وارد نشده است؛ تاریخ را به شکل ۱۴۰۴/۰۸/۱۵ وارد کنید.»
     *
     * @return the Persian message for the user
     */
    public String persianMessage() {
        if (input == null || input.isBlank()) {
            return "تاریخ وارد نشده است؛ تاریخ را به شکل " + EXAMPLE + " وارد کنید.";
        }
        return "تاریخ «" + PersianText.digitsToPersian(shown(input)) + "» معتبر نیست؛ تاریخ را به شکل "
                + EXAMPLE + " وارد کنید.";
    }

    private static String englishMessage(String input, String reason) {
        String what = input == null || input.isBlank()
                ? "No Jalali date given"
                : "Invalid Jalali date \"" + shown(input) + "\"";
        return what + (reason == null ? "" : ": " + reason)
                + "; expected year/month/day such as 1404/08/15";
    }

    private static String shown(String input) {
        String s = input.strip();
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
    }
}
