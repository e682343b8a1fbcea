package ir.pishkhan.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days with Friday off: how deadlines "in N working days" fall. */
class WeeklyDayOffCalendarTest {

    final WorkingCalendar calendar = new WeeklyDayOffCalendar();

    @Test
    void threeWorkingDaysFromAWednesdaySkipFriday() {
        LocalDate wednesday = LocalDate.of(2026, 11, 18);
        // Thursday 19th, (Friday skipped), Saturday 21st, Sunday 22nd.
        assertEquals(LocalDate.of(2026, 11, 22), calendar.addWorkingDays(7, wednesday, 3));
    }

    @Test
    void countingStartsTheDayAfterAndFridayNeverCounts() {
        LocalDate thursday = LocalDate.of(2026, 11, 19);
        assertEquals(LocalDate.of(2026, 11, 21), calendar.addWorkingDays(7, thursday, 1), "Friday skipped: Saturday");
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertEquals(LocalDate.of(2026, 11, 21), calendar.addWorkingDays(7, friday, 1));
        assertEquals(friday, calendar.addWorkingDays(7, friday, 0), "zero days is the day itself");
        assertEquals(LocalDate.of(2026, 11, 26), calendar.addWorkingDays(7, friday, 6), "Saturday to Thursday");
    }

    @Test
    void negativeDaysAreAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(7, LocalDate.of(2026, 1, 1), -1));
    }
}
