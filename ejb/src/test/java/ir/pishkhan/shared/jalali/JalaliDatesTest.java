package ir.pishkhan.shared.jalali;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliDatesTest {

    @Nested
    class KnownDates {

        /** ISO date, Jalali with Persian digits, Jalali with Latin digits, year, month, day. */
        @ParameterizedTest(name = "{0} ↔ {1}")
        @CsvSource({
                "2018-11-06, ۱۳۹۷/۰۸/۱۵, 1397/08/15, 1397, 8, 15",
                "2018-06-25, ۱۳۹۷/۰۴/۰۴, 1397/04/04, 1397, 4, 4",
                "2025-03-20, ۱۴۰۳/۱۲/۳۰, 1403/12/30, 1403, 12, 30",
                "2025-03-21, ۱۴۰۴/۰۱/۰۱, 1404/01/01, 1404, 1, 1",
                "2025-11-06, ۱۴۰۴/۰۸/۱۵, 1404/08/15, 1404, 8, 15",
                "2024-03-20, ۱۴۰۳/۰۱/۰۱, 1403/01/01, 1403, 1, 1",
                "2021-03-20, ۱۳۹۹/۱۲/۳۰, 1399/12/30, 1399, 12, 30",
                "2021-03-21, ۱۴۰۰/۰۱/۰۱, 1400/01/01, 1400, 1, 1",
                "2026-03-20, ۱۴۰۴/۱۲/۲۹, 1404/12/29, 1404, 12, 29",
                "1979-02-11, ۱۳۵۷/۱۱/۲۲, 1357/11/22, 1357, 11, 22",
                "1821-03-21, ۱۲۰۰/۰۱/۰۱, 1200/01/01, 1200, 1, 1",
                "2221-03-20, ۱۵۹۹/۱۲/۲۹, 1599/12/29, 1599, 12, 29",
        })
        void convertsBothWays(LocalDate iso, String persian, String latin, int year, int month, int day) {
            assertAll(
                    () -> assertEquals(persian, JalaliDates.format(iso)),
                    () -> assertEquals(latin, JalaliDates.formatLatin(iso)),
                    () -> assertEquals(iso, JalaliDates.parse(persian)),
                    () -> assertEquals(iso, JalaliDates.parse(latin)),
                    () -> assertEquals(iso, JalaliDates.of(year, month, day)),
                    () -> assertEquals(year, JalaliDates.jalaliYear(iso)),
                    () -> assertEquals(month, JalaliDates.jalaliMonth(iso)),
                    () -> assertEquals(day, JalaliDates.jalaliDayOfMonth(iso)));
        }

        @Test
        void nullFormatsAsEmpty() {
            assertEquals("", JalaliDates.format(null));
            assertEquals("", JalaliDates.formatLatin(null));
            assertEquals("", JalaliDates.formatLong(null));
        }

        @Test
        void formatsDatesBeforeTheInputRange() {
            assertEquals("۱۲۷۸/۱۰/۱۱", JalaliDates.format(LocalDate.of(1900, 1, 1)));
            assertEquals("1479/10/10", JalaliDates.formatLatin(LocalDate.of(2100, 12, 31)));
        }
    }

    @Nested
    class LongForm {

        @Test
        void aban1397() {
            String text = JalaliDates.formatLong(LocalDate.of(2018, 11, 6));
            assertTrue(text.contains("آبان"), text);
            assertTrue(text.contains("۱۳۹۷"), text);
            assertEquals("سه\u200Cشنبه ۱۵ آبان ۱۳۹۷", text);
        }

        @Test
        void nowruz1404() {
            assertEquals("جمعه ۱ فروردین ۱۴۰۴", JalaliDates.formatLong(LocalDate.of(2025, 3, 21)));
        }

        @Test
        void leapDayOfEsfand1403() {
            assertEquals("پنجشنبه ۳۰ اسفند ۱۴۰۳", JalaliDates.formatLong(LocalDate.of(2025, 3, 20)));
        }

        @Test
        void hasNoCommaAndNoLatinDigits() {
            String text = JalaliDates.formatLong(LocalDate.of(2018, 11, 6));
            assertFalse(text.contains(","), text);
            assertFalse(text.contains("،"), text);
            assertFalse(text.matches(".*[0-9].*"), text);
        }
    }

    @Nested
    class Parsing {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {
                "۱۳۹۷/۰۸/۱۵",
                "1397/8/15",
                "1397/08/15",
                "1397-08-15",
                "۱۳۹۷-۸-۱۵",
                "١٣٩٧/٠٨/١٥",
                "١٣٩٧/٨/١٥",
                "۱۳۹۷/8/١٥",
                "  ۱۳۹۷/۰۸/۱۵  ",
                "\t1397/08/15\n",
                "\u00A01397/08/15\u00A0",
                "\u200F۱۳۹۷/\u200F۰۸/\u200F۱۵",
        })
        void acceptsEveryWayOfWriting15Aban1397(String text) {
            assertEquals(LocalDate.of(2018, 11, 6), JalaliDates.parse(text));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {
                "۱۳۹۷/۱۲/۳۰",   // 1397 is not a leap year: Esfand has 29 days
                "1397/12/30",
                "1404/12/30",   // nor is 1404
                "1403/12/31",   // Esfand never has 31 days
                "1397/07/31",   // Mehr has 30 days
                "1397/13/01",
                "1397/00/10",
                "1397/01/00",
                "1397/01/32",
                "1397/1/99",
                "",
                "   ",
                "abc",
                "۱۳۹۷",
                "1397/08",
                "1397/08/15/1",
                "97/08/15",     // two-digit year
                "13970/08/15",
                "1397/008/15",
                "1397/08-15",   // mixed separators
                "1397.08.15",
                "1397 08 15",
                "13970815",
                "1397/08/15x",
                "+1397/08/15",
                "1397//08/15",
                "2025-03-21",   // an ISO date is not a Jalali one
                "2025/03/21",
                "1199/12/29",   // before the accepted years
                "1600/01/01",   // after them
                "0000/01/01",
        })
        void rejects(String text) {
            JalaliDateException e = assertThrows(JalaliDateException.class, () -> JalaliDates.parse(text));
            assertEquals(text, e.input());
        }

        @Test
        void rejectsNull() {
            JalaliDateException e = assertThrows(JalaliDateException.class, () -> JalaliDates.parse(null));
            assertNull(e.input());
            assertEquals("تاریخ وارد نشده است؛ تاریخ را به شکل ۱۴۰۴/۰۸/۱۵ وارد کنید.", e.persianMessage());
        }

        @Test
        void acceptsBothEndsOfTheInputRange() {
            assertEquals(LocalDate.of(1821, 3, 21), JalaliDates.parse("1200/01/01"));
            assertEquals(LocalDate.of(2221, 3, 20), JalaliDates.parse("1599/12/29"));
        }
    }

    @Nested
    class Messages {

        @Test
        void persianMessageNamesTheInputInPersianDigits() {
            JalaliDateException e = assertThrows(JalaliDateException.class, () -> JalaliDates.parse("۱۳۹۷/۱۲/۳۰"));
            assertEquals("تاریخ «۱۳۹۷/۱۲/۳۰» معتبر نیست؛ تاریخ را به شکل ۱۴۰۴/۰۸/۱۵ وارد کنید.", e.persianMessage());
            assertEquals("۱۳۹۷/۱۲/۳۰", e.input());
        }

        @Test
        void latinInputIsShownInPersianDigitsToo() {
            JalaliDateException e = assertThrows(JalaliDateException.class, () -> JalaliDates.parse(" 1397/12/30 "));
            assertEquals("تاریخ «۱۳۹۷/۱۲/۳۰» معتبر نیست؛ تاریخ را به شکل ۱۴۰۴/۰۸/۱۵ وارد کنید.", e.persianMessage());
            assertEquals(" 1397/12/30 ", e.input());
        }

        @Test
        void englishMessageSaysWhatIsWrong() {
            JalaliDateException e = assertThrows(JalaliDateException.class, () -> JalaliDates.parse("1397/12/30"));
            assertEquals("Invalid Jalali date \"1397/12/30\": no day 30 in month 12 of year 1397;"
                    + " expected year/month/day such as 1404/08/15", e.getMessage());
        }

        @Test
        void englishMessageForGarbage() {
            JalaliDateException e = assertThrows(JalaliDateException.class, () -> JalaliDates.parse("tomorrow"));
            assertEquals("Invalid Jalali date \"tomorrow\": not in the form year/month/day;"
                    + " expected year/month/day such as 1404/08/15", e.getMessage());
        }

        @Test
        void blankInput() {
            JalaliDateException e = assertThrows(JalaliDateException.class, () -> JalaliDates.parse("  "));
            assertEquals("تاریخ وارد نشده است؛ تاریخ را به شکل ۱۴۰۴/۰۸/۱۵ وارد کنید.", e.persianMessage());
            assertEquals("No Jalali date given: empty; expected year/month/day such as 1404/08/15", e.getMessage());
        }

        @Test
        void longJunkIsCutShortInMessages() {
            String junk = "x".repeat(500);
            JalaliDateException e = assertThrows(JalaliDateException.class, () -> JalaliDates.parse(junk));
            assertEquals(junk, e.input());
            assertEquals("تاریخ «" + "x".repeat(40) + "…» معتبر نیست؛ تاریخ را به شکل ۱۴۰۴/۰۸/۱۵ وارد کنید.",
                    e.persianMessage());
        }

        @Test
        void isUnchecked() {
            assertTrue(RuntimeException.class.isAssignableFrom(JalaliDateException.class));
        }
    }

    @Nested
    class Of {

        @Test
        void leapDay1403() {
            assertEquals(LocalDate.of(2025, 3, 20), JalaliDates.of(1403, 12, 30));
        }

        @Test
        void rejectsEsfand30OfACommonYear() {
            JalaliDateException e = assertThrows(JalaliDateException.class, () -> JalaliDates.of(1397, 12, 30));
            assertEquals("1397/12/30", e.input());
            assertEquals("تاریخ «۱۳۹۷/۱۲/۳۰» معتبر نیست؛ تاریخ را به شکل ۱۴۰۴/۰۸/۱۵ وارد کنید.", e.persianMessage());
        }

        @Test
        void rejectsImpossibleNumbers() {
            assertThrows(JalaliDateException.class, () -> JalaliDates.of(1397, 13, 1));
            assertThrows(JalaliDateException.class, () -> JalaliDates.of(1397, 0, 1));
            assertThrows(JalaliDateException.class, () -> JalaliDates.of(1397, 1, 32));
            assertThrows(JalaliDateException.class, () -> JalaliDates.of(1397, 1, 0));
            assertThrows(JalaliDateException.class, () -> JalaliDates.of(1397, 1, -1));
            assertThrows(JalaliDateException.class, () -> JalaliDates.of(1403, 12, 31));
            assertThrows(JalaliDateException.class, () -> JalaliDates.of(1397, 7, 31));
            assertThrows(JalaliDateException.class, () -> JalaliDates.of(Integer.MAX_VALUE, 1, 1));
            assertThrows(JalaliDateException.class, () -> JalaliDates.of(2025, 3, 21));
        }
    }

    @Nested
    class LeapYears {

        @ParameterizedTest
        @ValueSource(ints = {1395, 1399, 1403, 1408, 1412})
        void leap(int year) {
            assertTrue(JalaliDates.isLeapYear(year));
        }

        @ParameterizedTest
        @ValueSource(ints = {1396, 1397, 1398, 1400, 1401, 1402, 1404, 1405, 1406, 1407})
        void common(int year) {
            assertFalse(JalaliDates.isLeapYear(year));
        }

        /** 1403 is leap and 1404 not: this is where the old 2820-year algorithm goes wrong. */
        @Test
        void year1403Has366DaysAnd1404Has365() {
            assertEquals(366, ChronoUnit.DAYS.between(JalaliDates.of(1403, 1, 1), JalaliDates.of(1404, 1, 1)));
            assertEquals(365, ChronoUnit.DAYS.between(JalaliDates.of(1404, 1, 1), JalaliDates.of(1405, 1, 1)));
        }

        @Test
        void agreesWithTheLengthOfEveryYear() {
            for (int year = 1279; year <= 1479; year++) {
                long days = ChronoUnit.DAYS.between(JalaliDates.of(year, 1, 1), JalaliDates.of(year + 1, 1, 1));
                assertEquals(JalaliDates.isLeapYear(year) ? 366 : 365, days, "year " + year);
            }
        }
    }

    /**
     * Every day from 1900-01-01 to 2100-12-31: both short forms parse back to the same day,
     * {@code of} agrees, and consecutive days are consecutive Jalali days with the right month
     * lengths (31 × 6, 30 × 5, then 29 or 30 by {@link JalaliDates#isLeapYear(int)}).
     */
    @Test
    void roundTripsEveryDayFrom1900To2100() {
        LocalDate first = LocalDate.of(1900, 1, 1);
        LocalDate last = LocalDate.of(2100, 12, 31);
        int previousYear = JalaliDates.jalaliYear(first.minusDays(1));
        int previousMonth = JalaliDates.jalaliMonth(first.minusDays(1));
        int previousDay = JalaliDates.jalaliDayOfMonth(first.minusDays(1));
        int count = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            String persian = JalaliDates.format(d);
            String latin = JalaliDates.formatLatin(d);
            int year = JalaliDates.jalaliYear(d);
            int month = JalaliDates.jalaliMonth(d);
            int day = JalaliDates.jalaliDayOfMonth(d);
            if (!d.equals(JalaliDates.parse(persian)) || !d.equals(JalaliDates.parse(latin))
                    || !d.equals(JalaliDates.of(year, month, day))
                    || !latin.equals(String.format(Locale.ROOT, "%04d/%02d/%02d", year, month, day))) {
                fail(d + " → " + persian + " / " + latin + " does not round-trip");
            }
            boolean nextDay = year == previousYear && month == previousMonth && day == previousDay + 1;
            boolean nextMonth = year == previousYear && month == previousMonth + 1 && day == 1
                    && previousDay == monthLength(previousYear, previousMonth);
            boolean nextYear = year == previousYear + 1 && month == 1 && day == 1 && previousMonth == 12
                    && previousDay == monthLength(previousYear, 12);
            if (!(nextDay || nextMonth || nextYear)) {
                fail(d + " is " + latin + " but the day before was " + previousYear + "/" + previousMonth + "/"
                        + previousDay);
            }
            previousYear = year;
            previousMonth = month;
            previousDay = day;
            count++;
        }
        assertEquals(73_414, count);
    }

    private static int monthLength(int year, int month) {
        if (month <= 6) {
            return 31;
        }
        if (month <= 11) {
            return 30;
        }
        return JalaliDates.isLeapYear(year) ? 30 : 29;
    }
}
