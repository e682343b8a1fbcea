package ir.pishkhan.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A province's working days over a stretch of time: its weekly days off and the dates it is
 * closed (public holidays and its own closures). Pure arithmetic, so it is tested without a
 * database; {@link ProvinceCalendar} fills it from the database.
 */
public record WorkingDays(Set<DayOfWeek> weeklyDaysOff, Set<LocalDate> closedDates) implements java.io.Serializable {

    public boolean isWorking(LocalDate day) {
        return !weeklyDaysOff.contains(day.getDayOfWeek()) && !closedDates.contains(day);
    }

    /**
     * The day {@code days} working days after {@code from} ({@code from} itself never counts).
     * Returns null when the known dates run out before that (the caller widens its window).
     */
    public LocalDate add(LocalDate from, int days, LocalDate knownUntil) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.isAfter(knownUntil)) {
                return null;
            }
            if (isWorking(day)) {
                counted++;
            }
        }
        return day;
    }
}
