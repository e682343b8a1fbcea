package ir.pishkhan.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The calendar until provinces keep their own: every day but Friday (the weekly day off in all
 * of Iran) is a working day. The per-province calendar replaces this bean as a CDI alternative.
 */
@ApplicationScoped
public class WeeklyDayOffCalendar implements WorkingCalendar {

    @Override
    public boolean isWorkingDay(long provinceId, LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.FRIDAY;
    }
}
