package ir.pishkhan.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.calendar.migration.V9__Seed_solar_holidays;
import ir.pishkhan.shared.jalali.JalaliDates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working-day arithmetic: weekly days off, Nowruz and the other seeded holidays, a province's closure. */
class WorkingDaysTest {

    static final LocalDate FAR = LocalDate.of(2100, 1, 1);

    /** The holidays migration V9 seeds for one Jalali year. */
    static Set<LocalDate> seeded(int year) {
        Set<LocalDate> days = new HashSet<>();
        for (Object[] h : V9__Seed_solar_holidays.FIXED) {
            days.add(JalaliDates.of(year, (Integer) h[0], (Integer) h[1]));
        }
        if (JalaliDates.isLeapYear(year)) {
            days.add(JalaliDates.of(year, 12, 30));
        }
        return days;
    }

    @Test
    void fridaysOffOnly() {
        WorkingDays w = new WorkingDays(EnumSet.of(DayOfWeek.FRIDAY), Set.of());
        // Wednesday 2026-11-18: Thursday 19th, (Friday), Saturday 21st, Sunday 22nd.
        assertEquals(LocalDate.of(2026, 11, 22), w.add(LocalDate.of(2026, 11, 18), 3, FAR));
        assertEquals(LocalDate.of(2026, 11, 20), w.add(LocalDate.of(2026, 11, 20), 0, FAR), "zero days is the day itself");
        assertThrows(IllegalArgumentException.class, () -> w.add(LocalDate.of(2026, 1, 1), -1, FAR));
    }

    @Test
    void threeWorkingDaysAcrossNowruz() {
        Set<LocalDate> closed = new HashSet<>(seeded(1404));
        closed.addAll(seeded(1405));
        WorkingDays w = new WorkingDays(EnumSet.of(DayOfWeek.FRIDAY), closed);
        // Filed on 1404/12/27 (Wednesday 2026-03-18): 28 Esfand is Thursday (working), 29 Esfand a
        // holiday (and a Friday), 1–4 Farvardin Nowruz, 5 Farvardin (Wednesday) and 6 (Thursday).
        LocalDate filed = JalaliDates.of(1404, 12, 27);
        assertEquals(DayOfWeek.WEDNESDAY, filed.getDayOfWeek());
        assertEquals(JalaliDates.of(1405, 1, 6), w.add(filed, 3, FAR));
        // Without the holidays it would have been the following Sunday, 1405/01/02.
        assertEquals(JalaliDates.of(1405, 1, 2), new WorkingDays(EnumSet.of(DayOfWeek.FRIDAY), Set.of()).add(filed, 3, FAR));
    }

    @Test
    void aClosureAndThursdaysOffCountToo() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        Set<LocalDate> closure = Set.of(LocalDate.of(2026, 11, 23));
        WorkingDays w = new WorkingDays(EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), closure);
        // Sunday 22, (Monday 23 closed), Tuesday 24, Wednesday 25, (Thu, Fri), Saturday 28.
        assertEquals(LocalDate.of(2026, 11, 28), w.add(saturday, 4, FAR));
    }

    @Test
    void runningOutOfKnownDatesAsksForAWiderWindow() {
        WorkingDays w = new WorkingDays(EnumSet.of(DayOfWeek.FRIDAY), Set.of());
        assertNull(w.add(LocalDate.of(2026, 11, 21), 10, LocalDate.of(2026, 11, 25)));
    }

    @Test
    void leapYearsEndWithAHolidayOnThirtyEsfand() {
        int leap = 1403;
        while (!JalaliDates.isLeapYear(leap)) {
            leap++;
        }
        assertEquals(11, seeded(leap).size());
        assertEquals(10, seeded(leap + 1).size());
    }
}
