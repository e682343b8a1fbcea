package ir.pishkhan.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The working calendar as the database keeps it: a province's weekly days off, the country's
 * public holidays and the province's closures. Each question reads only the dates it needs
 * (one window of a few weeks), so a deadline costs three small queries.
 */
@ApplicationScoped
public class ProvinceCalendar implements WorkingCalendar {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Override
    public boolean isWorkingDay(long provinceId, LocalDate day) {
        return load(provinceId, day, day).isWorking(day);
    }

    @Override
    public LocalDate addWorkingDays(long provinceId, LocalDate from, int days) {
        // A window three times the working days asked plus a month covers Nowruz and any
        // realistic run of holidays; a longer run only means one more, wider read.
        int span = days * 3 + 31;
        for (int attempt = 0; attempt < 5; attempt++, span *= 4) {
            LocalDate until = from.plusDays(span);
            LocalDate found = load(provinceId, from, until).add(from, days, until);
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("No " + days + " working days after " + from + " in province " + provinceId);
    }

    /** The province's calendar between two days, both included. */
    public WorkingDays load(long provinceId, LocalDate from, LocalDate until) {
        Set<DayOfWeek> off = EnumSet.noneOf(DayOfWeek.class);
        em.createNativeQuery("SELECT day_of_week FROM weekly_day_off WHERE province_id = ?").setParameter(1, provinceId)
                .getResultList().forEach(d -> off.add(DayOfWeek.valueOf((String) d)));
        Set<LocalDate> closed = new HashSet<>();
        em.createNativeQuery("SELECT holiday_date FROM public_holiday WHERE holiday_date BETWEEN ? AND ?")
                .setParameter(1, from).setParameter(2, until).getResultList().forEach(d -> closed.add(date(d)));
        em.createNativeQuery("SELECT closure_date FROM closure WHERE province_id = ? AND closure_date BETWEEN ? AND ?")
                .setParameter(1, provinceId).setParameter(2, from).setParameter(3, until).getResultList()
                .forEach(d -> closed.add(date(d)));
        return new WorkingDays(off, closed);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
