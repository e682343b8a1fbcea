package ir.pishkhan.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** How pages write dates, times, counts and amounts: Persian digits, Jalali dates, Tehran's time. */
class FormatsTest {

    final Formats fmt = new Formats();

    @Test
    void aDateIsJalaliWithPersianDigits() {
        assertEquals("۱۴۰۴/۰۸/۱۵", fmt.date(LocalDate.of(2025, 11, 6)));
        assertEquals("۱۴۰۴/۰۱/۰۱", fmt.date(LocalDate.of(2025, 3, 21)));
        assertEquals("", fmt.longDate(null));
    }

    @Test
    void aMomentIsShownAtTehransTimeEvenWhenUtcIsStillTheDayBefore() {
        // 21:30 UTC on 5 November is 01:00 on 6 November (15 Aban) in Tehran.
        assertEquals("۱۴۰۴/۰۸/۱۵ ۰۱:۰۰", fmt.dateTime(Instant.parse("2025-11-05T21:30:00Z")));
        assertEquals("", fmt.dateTime(null));
    }

    @Test
    void quantitiesAreGroupedAndLabelsAreNot() {
        assertEquals("۱۲٬۵۰۰", fmt.number(12_500));
        assertEquals("۰", fmt.number(0));
        assertEquals("۰۹:۳۰", fmt.number("09:30"));
        assertEquals("۱۴۰۴", fmt.digits(1404));
        assertEquals("۱۲۰۴", fmt.digits(1204L));
    }

    @Test
    void amountsAreInRialsAndTheRenewalFeeIsATenth() {
        assertEquals("۱۵۰٬۰۰۰٬۰۰۰ ریال", fmt.rials(150_000_000));
        assertEquals("۱۵٬۰۰۰٬۰۰۰", fmt.tenth(150_000_000));
        assertEquals("۱۵٬۰۰۰٬۰۰۰", fmt.tenth(150_000_009));
    }

    @Test
    void aFileSizeIsInWholeKilobytesAndASmallFileIsNeverZero() {
        assertEquals("۱ کیلوبایت", fmt.kilobytes(1));
        assertEquals("۱ کیلوبایت", fmt.kilobytes(1024));
        assertEquals("۲ کیلوبایت", fmt.kilobytes(1025));
        assertEquals("۰ کیلوبایت", fmt.kilobytes(0));
    }

    @Test
    void todayIsTheApplicationClocksDayInTehran() {
        fmt.clock = Clock.fixed(Instant.parse("2025-11-05T21:30:00Z"), ZoneId.of("Asia/Tehran"));
        assertEquals(fmt.longDate(LocalDate.of(2025, 11, 6)), fmt.today());
    }
}
