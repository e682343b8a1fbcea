package ir.pishkhan.calendar.control;

import java.time.LocalDate;

/**
 * Which days a province's offices work. The one place deadlines in working days are computed:
 * "answer in 3 working days" is {@code addWorkingDays(province, filedOn, 3)}.
 */
public interface WorkingCalendar {

    /** Whether offices in the province work on this day. */
    boolean isWorkingDay(long provinceId, LocalDate day);

    /**
     * The day {@code days} working days after {@code from} ({@code from} itself never counts):
     * filed on a Wednesday with Friday off, 3 working days later is the next Sunday.
     */
    default LocalDate addWorkingDays(long provinceId, LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        int counted = 0;
        int guard = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(provinceId, day)) {
                counted++;
            }
            if (++guard > 3660) {
                throw new IllegalStateException("No working day within ten years of " + from);
            }
        }
        return day;
    }
}
