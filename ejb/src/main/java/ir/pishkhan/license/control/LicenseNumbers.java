package ir.pishkhan.license.control;

import ir.pishkhan.license.entity.LicenseNumber;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * Licence numbers (شمارهٔ پروانه): {@code CCCC-T-SSSSS-D}, e.g. {@code 0723-G-00017-0} — the
 * county id, the office type (G for a government counter office, R for rural ICT), the serial
 * within that county and type, and a Luhn check digit (Apache Commons Validator) over the
 * digits, so a mistyped number is recognised as such before any lookup.
 *
 * <p>Numbers issued by the old registers (e.g. «۱۴۰۲/فارس/۱۲۳») are kept as issued, in their
 * {@link #legacy} normal form. {@link #parse} and {@link #lookupForm} decide, in this one place,
 * which of the two a typed text is: everything that looks up a licence by its number goes
 * through them.
 */
public final class LicenseNumbers {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-([GR])-(\\d{5})-(\\d)");
    // Compiled once: public verification runs this on every request.
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u00A0\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF_]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");

    private LicenseNumbers() {
    }

    public static String format(long countyId, OfficeType type, int serial) {
        if (type == null || countyId < 1 || serial < 1) {
            throw new IllegalArgumentException("County, office type and serial are required");
        }
        if (countyId > 9999 || serial > 99999) {
            throw new IllegalStateException("Number space exhausted for county " + countyId);
        }
        String body = String.format(java.util.Locale.ROOT, "%04d", countyId) + typeDigit(type)
                + String.format(java.util.Locale.ROOT, "%05d", serial);
        return String.format(java.util.Locale.ROOT, "%04d-%s-%05d-%s", countyId, typeLetter(type), serial, check(body));
    }

    /**
     * The number in canonical form (Persian digits and lower case accepted), or a refusal saying
     * it cannot be a licence number.
     */
    public static String canonical(String text) {
        // Copied from a PDF or a right-to-left page, a number brings invisible direction marks,
        // no-break spaces or typographic dashes with it.
        String t = text == null ? "" : DASHES.matcher(INVISIBLE.matcher(
                PersianText.digitsToAscii(text).toUpperCase(java.util.Locale.ROOT)).replaceAll("")).replaceAll("-");
        Matcher m = FORMAT.matcher(t);
        if (!m.matches()) {
            throw invalid(text);
        }
        String body = m.group(1) + ("G".equals(m.group(2)) ? "1" : "2") + m.group(3);
        if (!check(body).equals(m.group(4))) {
            throw invalid(text);
        }
        return t;
    }

    /**
     * The licence number a person typed, as it is kept: text of this system's own shape
     * ({@code CCCC-T-SSSSS-D}, however it was typed) must carry a valid check digit and is taken in
     * canonical form — a mistyped number of ours stays {@code LICENSE_NUMBER_INVALID} rather than
     * being searched for as some old register's number; any other text is an old register's number
     * in its {@link #legacy} normal form. Blank text, text longer than
     * {@value LicenseNumber#MAX_LENGTH} characters once normalised, and text with control characters
     * are {@code LICENSE_NUMBER_INVALID}.
     */
    public static LicenseNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid(text);
        }
        if (looksIssuedHere(text)) {
            String canonical = canonical(text);
            Matcher m = FORMAT.matcher(canonical);
            if (!m.matches()) {
                throw invalid(text);
            }
            return LicenseNumber.issuedHere(canonical, Long.parseLong(m.group(1)),
                    "G".equals(m.group(2)) ? OfficeType.GOVERNMENT_COUNTER : OfficeType.RURAL_ICT,
                    Integer.parseInt(m.group(3)));
        }
        String kept = legacy(text);
        if (kept == null || kept.length() > LicenseNumber.MAX_LENGTH || kept.chars().anyMatch(Character::isISOControl)) {
            throw invalid(text);
        }
        return LicenseNumber.legacy(kept);
    }

    /**
     * The form in which a typed licence number is looked up (public verification, the QR code's
     * link): {@link #parse}'s value; refused with {@code LICENSE_NUMBER_INVALID} as there.
     */
    public static String lookupForm(String text) {
        return parse(text).value();
    }

    /** Whether the text has the shape of a number this system issues (CCCC-T-SSSSS-D), valid or not. */
    public static boolean looksIssuedHere(String text) {
        return FORMAT.matcher(clean(text)).matches();
    }

    /**
     * A number from an old register in the form it is kept and looked up in: digits in ASCII, letters in upper
     * case, direction marks, no-break and stray spaces and typographic dashes removed or unified, Arabic ي/ك as
     * Persian; null when nothing is left. Numbers of this system's own shape go through {@link #canonical}
     * instead.
     */
    public static String legacy(String text) {
        if (text == null) {
            return null;
        }
        String t = PersianText.normalize(text);
        t = t == null ? "" : DASHES.matcher(PersianText.digitsToAscii(t).toUpperCase(java.util.Locale.ROOT)).replaceAll("-");
        return t.isEmpty() ? null : t;
    }

    private static String clean(String text) {
        return text == null ? "" : DASHES.matcher(INVISIBLE.matcher(
                PersianText.digitsToAscii(text).toUpperCase(java.util.Locale.ROOT)).replaceAll("")).replaceAll("-");
    }

    private static String check(String digits) {
        try {
            return LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate(digits);
        } catch (CheckDigitException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String typeLetter(OfficeType type) {
        return type == OfficeType.GOVERNMENT_COUNTER ? "G" : "R";
    }

    private static String typeDigit(OfficeType type) {
        return type == OfficeType.GOVERNMENT_COUNTER ? "1" : "2";
    }

    private static BusinessException invalid(String text) {
        // The refusal quotes the input; a pasted page need not come back whole.
        if (text != null && text.length() > 60) {
            text = text.substring(0, 60) + "…";
        }
        return BusinessException.invalid("LICENSE_NUMBER_INVALID",
                "«" + text + "» شمارهٔ پروانهٔ معتبری نیست؛ شماره را به شکل 0723-G-00017-0 وارد کنید.",
                "'" + text + "' is not a valid licence number (expected e.g. 0723-G-00017-0).");
    }
}
