package ir.pishkhan.shared.jalali;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.pishkhan.shared.text.PersianText;
import java.text.FieldPosition;
import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conversion between {@link LocalDate} (the ISO/Gregorian date the system stores) and the Solar
 * Hijri (Jalali, «هجری شمسی») date that Iranian users read and type.
 *
 * <p>The Solar Hijri calendar is Iran's official calendar. Its year begins at Nowruz (1 Farvardin,
 * around 20/21 March); months 1–6 (Farvardin … Shahrivar) have 31 days, months 7–11 (Mehr …
 * Bahman) 30 days, and month 12 (Esfand) 29 days, or 30 in a leap year. So «۱۳۹۷/۱۲/۳۰» does not
 * exist, while «۱۴۰۳/۱۲/۳۰» (20 March 2025) does. Everything in the system — licence validity,
 * deadlines, audit timestamps — is stored as ISO dates; Jalali exists only at the edges, in what
 * users see and type, and this class is the only place that converts.
 *
 * <p>The conversion uses ICU4J's Persian calendar ({@code fa_IR@calendar=persian}) and goes
 * through the Julian day number, a count of days that is the same in both calendars
 * ({@link JulianFields#JULIAN_DAY} on the {@code LocalDate} side, {@link Calendar#JULIAN_DAY} on
 * the ICU side). The ICU calendar runs in GMT, so neither side involves a time of day or the
 * server's time zone. This round-trips every day from 1900 to 2100. ICU's leap years (a 33-year
 * arithmetic cycle) agree over that range with Borkowski's algorithm, the one most Jalali
 * libraries use to follow Iran's astronomical calendar, so 1403 is a leap year and 1404 is not.
 * (The older "2820-year cycle" algorithm, still found in some date pickers, disagrees: it makes
 * 1404 the leap year instead, so a picker that uses it shows every day of 1404, March 2025 to
 * March 2026, one day off.)
 *
 * <p>Text forms: {@link #format(LocalDate)} gives {@code ۱۳۹۷/۰۸/۱۵} (Persian digits, for display),
 * {@link #formatLatin(LocalDate)} gives {@code 1397/08/15} (for input fields and the date picker),
 * {@link #formatLong(LocalDate)} gives «سه‌شنبه ۱۵ آبان ۱۳۹۷». {@link #parse(String)} reads the
 * short form written with any of the three digit sets.
 *
 * <p>Years accepted as <em>input</em> ({@link #parse(String)}, {@link #of(int, int, int)}) are
 * limited to {@value #MIN_YEAR}–{@value #MAX_YEAR} (1821–2221 CE). That covers every date this
 * system deals with and turns a Gregorian date typed by mistake into the Jalali field
 * ({@code 2025/03/21}) into an error instead of a date six centuries ahead. Formatting and the
 * field accessors work for any date within a few million years of today.
 *
 * <p>Thread-safe: ICU calendars and formatters are not, so each call uses its own.
 */
public final class JalaliDates {

    /** The locale whose calendar is the Persian (Solar Hijri) one and whose digits are Persian. */
    public static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");

    /** Earliest Jalali year accepted as input (1200 AP began on 21 March 1821). */
    public static final int MIN_YEAR = 1200;

    /** Latest Jalali year accepted as input (1599 AP ends in March 2221). */
    public static final int MAX_YEAR = 1599;

    /** Long form: weekday, day, month name, year — «سه‌شنبه ۱۵ آبان ۱۳۹۷». */
    private static final String LONG_PATTERN = "EEEE d MMMM y";

    /**
     * A short Jalali date after digit conversion: four-digit year, one- or two-digit month and
     * day, separated by {@code /} or {@code -} (the same one both times).
     */
    private static final Pattern SHORT_FORM = Pattern.compile("([0-9]{4})([/-])([0-9]{1,2})\\2([0-9]{1,2})");

    /**
     * Invisible direction marks that copying from right-to-left text inserts around digits and
     * slashes (LRM, RLM, ALM, embedding and isolate controls, BOM); ignored when parsing.
     */
    private static final Pattern BIDI_CONTROLS =
            Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private JalaliDates() {
    }

    /** A Jalali date as numbers; month 1 = Farvardin … 12 = Esfand. */
    private record Ymd(int year, int month, int day) {
        String latin() {
            return String.format(Locale.ROOT, "%04d/%02d/%02d", year, month, day);
        }
    }

    /**
     * The short Jalali form with Persian digits, for display: 6 November 2018 gives
     * {@code "۱۳۹۷/۰۸/۱۵"}. Year four digits, month and day two digits.
     *
     * @param d an ISO date, or {@code null}
     * @return the Jalali date, or {@code ""} if {@code d} is {@code null}
     */
    public static String format(LocalDate d) {
        return d == null ? "" : PersianText.digitsToPersian(toJalali(d).latin());
    }

    /**
     * The short Jalali form with Latin digits: 6 November 2018 gives {@code "1397/08/15"}. For
     * input fields and the date picker, which read only Latin digits; {@link #parse(String)}
     * reads it back.
     *
     * @param d an ISO date, or {@code null}
     * @return the Jalali date, or {@code ""} if {@code d} is {@code null}
     */
    public static String formatLatin(LocalDate d) {
        return d == null ? "" : toJalali(d).latin();
    }

    /**
     * The long Jalali form in Persian — weekday, day, month name and year, without any comma:
     * 6 November 2018 gives «سه‌شنبه ۱۵ آبان ۱۳۹۷». Uses the explicit ICU pattern
     * {@code EEEE d MMMM y} with the Persian locale, because CLDR's "full" date style for Persian
     * is {@code y MMMM d, EEEE} — «۱۳۹۷ آبان ۱۵, سه‌شنبه», with a Latin comma.
     *
     * @param d an ISO date, or {@code null}
     * @return the long Jalali date, or {@code ""} if {@code d} is {@code null}
     */
    public static String formatLong(LocalDate d) {
        if (d == null) {
            return "";
        }
        Calendar calendar = calendarAt(d);
        DateFormat formatter = new SimpleDateFormat(LONG_PATTERN, PERSIAN);
        formatter.setCalendar((Calendar) calendar.clone());
        return formatter.format(calendar, new StringBuffer(), new FieldPosition(0)).toString();
    }

    /**
     * Reads a short Jalali date typed by a user and returns the ISO date.
     *
     * <p>Accepted: a four-digit year, then month and day of one or two digits, separated by
     * {@code /} or {@code -} (the same separator twice); Persian ({@code ۰-۹}), Arabic-Indic
     * ({@code ٠-٩}) or Latin digits, even mixed; white space (including non-breaking space)
     * around the date; invisible direction marks anywhere. So {@code "۱۳۹۷/۰۸/۱۵"},
     * {@code "1397/8/15"}, {@code "١٣٩٧-٠٨-١٥"} and {@code " 1397/08/15 "} all give 2018-11-06.
     *
     * <p>Strict: the date must exist. Esfand 30 of a common year (1397/12/30), month 13, day 32,
     * 1403/12/31, two-digit years, and years outside {@value #MIN_YEAR}–{@value #MAX_YEAR} are
     * rejected. Validity is decided by converting the numbers to an ISO date and back and
     * requiring the same numbers, never by trusting ICU's lenient arithmetic (which would quietly
     * turn 1397/12/30 into 1398/01/01).
     *
     * @param text the date as typed
     * @return the ISO date
     * @throws JalaliDateException if {@code text} is {@code null}, blank, not in the short form,
     *                             or not a real Jalali date; it carries {@code text} and a
     *                             Persian message for the user
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new JalaliDateException(text, "empty");
        }
        String cleaned = PersianText.digitsToAscii(BIDI_CONTROLS.matcher(text).replaceAll(""))
                .replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        Matcher m = SHORT_FORM.matcher(cleaned);
        if (!m.matches()) {
            throw new JalaliDateException(text, "not in the form year/month/day");
        }
        return checked(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    /**
     * The ISO date of a Jalali year, month (1 = Farvardin … 12 = Esfand) and day; strict, with
     * the same round-trip check as {@link #parse(String)}: {@code of(1403, 12, 30)} is
     * 2025-03-20.
     *
     * @param year  Jalali year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
     * @param month 1 (Farvardin) … 12 (Esfand)
     * @param day   day of the month, 1 … 31
     * @return the ISO date
     * @throws JalaliDateException if the date does not exist (for example
     *                             {@code of(1397, 12, 30)}) or the year is outside
     *                             {@value #MIN_YEAR}–{@value #MAX_YEAR}
     */
    public static LocalDate of(int year, int month, int day) {
        return checked(new Ymd(year, month, day).latin(), year, month, day);
    }

    /**
     * The Jalali year of a date: 1397 for 2018-11-06, 1403 for 2025-03-20, 1404 for 2025-03-21.
     *
     * @param d an ISO date, not {@code null}
     * @return the Jalali year
     */
    public static int jalaliYear(LocalDate d) {
        return toJalali(d).year();
    }

    /**
     * The Jalali month of a date: 8 (Aban) for 2018-11-06.
     *
     * @param d an ISO date, not {@code null}
     * @return 1 (Farvardin) … 12 (Esfand)
     */
    public static int jalaliMonth(LocalDate d) {
        return toJalali(d).month();
    }

    /**
     * The day of the Jalali month of a date: 15 for 2018-11-06.
     *
     * @param d an ISO date, not {@code null}
     * @return 1 … 31
     */
    public static int jalaliDayOfMonth(LocalDate d) {
        return toJalali(d).day();
    }

    /**
     * Whether a Jalali year is a leap year, that is, whether its last month, Esfand, has 30
     * days rather than 29 (so the year has 366 days). Asked of ICU, the same source as every
     * conversion here. 1399 and 1403 are leap years; 1397, 1400 and 1404 are not.
     *
     * @param jalaliYear a Jalali year (any year, not only the accepted input range)
     * @return {@code true} if Esfand of that year has 30 days
     */
    public static boolean isLeapYear(int jalaliYear) {
        Calendar calendar = newCalendar();
        calendar.set(Calendar.EXTENDED_YEAR, jalaliYear);
        calendar.set(Calendar.MONTH, 11);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        return calendar.getActualMaximum(Calendar.DAY_OF_MONTH) == 30;
    }

    /** The Jalali numbers of an ISO date. */
    private static Ymd toJalali(LocalDate d) {
        Calendar calendar = calendarAt(d);
        return new Ymd(calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    /**
     * The ISO date of year/month/day, accepted only if converting it back gives the same
     * numbers; otherwise a {@link JalaliDateException} naming {@code input}.
     */
    private static LocalDate checked(String input, int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new JalaliDateException(input,
                    "year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new JalaliDateException(input, "month must be 1-12 and day 1-31");
        }
        Calendar calendar = newCalendar();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        LocalDate candidate = LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, calendar.get(Calendar.JULIAN_DAY));
        if (!toJalali(candidate).equals(new Ymd(year, month, day))) {
            throw new JalaliDateException(input, "no day " + day + " in month " + month + " of year " + year);
        }
        return candidate;
    }

    /** An ICU Persian calendar in GMT set to the given ISO date. */
    private static Calendar calendarAt(LocalDate d) {
        long julianDay = d.getLong(JulianFields.JULIAN_DAY);
        if (julianDay < Integer.MIN_VALUE / 2 || julianDay > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("Date " + d + " is outside the range the Jalali calendar supports");
        }
        Calendar calendar = newCalendar();
        calendar.set(Calendar.JULIAN_DAY, (int) julianDay);
        return calendar;
    }

    /** A cleared ICU Persian calendar in GMT, so that a day never depends on a time of day. */
    private static Calendar newCalendar() {
        Calendar calendar = new PersianCalendar(TimeZone.GMT_ZONE, PERSIAN);
        calendar.clear();
        return calendar;
    }
}
