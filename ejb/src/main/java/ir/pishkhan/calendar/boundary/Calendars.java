package ir.pishkhan.calendar.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.calendar.control.ProvinceCalendar;
import ir.pishkhan.calendar.entity.Closure;
import ir.pishkhan.calendar.entity.PublicHoliday;
import ir.pishkhan.place.entity.PlaceRefusals;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleSet;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.Refusals;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working calendar's upkeep: national administrators keep the country's public holidays (the
 * lunar ones each year); a province's weekly days off are set by a national administrator or the
 * province's own; closures of a province are declared by its official or an administrator of it.
 * Staff read a province's year and ask where N working days from a day fall.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME) // most use cases here are the administrator's; readers and closures below
public class Calendars {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    ProvinceCalendar calendar;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A province's calendar for one Jalali year. */
    public record Year(Province province, int jalaliYear, Set<DayOfWeek> weeklyDaysOff, List<PublicHoliday> holidays,
                       List<Closure> closures) implements java.io.Serializable {
    }

    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AGENCY_REPORTER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF_AND_AGENCIES
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Year year(long provinceId, int jalaliYear) {
        Province province = province(provinceId);
        if (jalaliYear < JalaliDates.MIN_YEAR || jalaliYear > JalaliDates.MAX_YEAR) {
            throw BusinessException.invalid("YEAR_OUT_OF_RANGE", "سال شمسی نامعتبر است.", "The Jalali year is out of range.");
        }
        LocalDate from = JalaliDates.of(jalaliYear, 1, 1);
        LocalDate until = JalaliDates.of(jalaliYear + 1, 1, 1).minusDays(1);
        return new Year(province, jalaliYear, daysOff(provinceId),
                em.createQuery("SELECT h FROM PublicHoliday h WHERE h.date BETWEEN :f AND :u ORDER BY h.date", PublicHoliday.class)
                        .setParameter("f", from).setParameter("u", until).getResultList(),
                em.createQuery("SELECT c FROM Closure c WHERE c.province.id = :p AND c.date BETWEEN :f AND :u ORDER BY c.date",
                        Closure.class).setParameter("p", provinceId).setParameter("f", from).setParameter("u", until)
                        .getResultList());
    }

    /** The day {@code days} working days after {@code from} in the province (the rule every deadline uses). */
    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AGENCY_REPORTER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME}) // RoleSet.COUNTY_STAFF_AND_AGENCIES
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LocalDate addWorkingDays(long provinceId, LocalDate from, int days) {
        province(provinceId);
        if (from == null || days < 0 || days > 365) {
            throw BusinessException.invalid("WORKING_DAYS_INVALID", "تاریخ آغاز و تعداد روز (۰ تا ۳۶۵) را درست وارد کنید.",
                    "Give a start date and 0 to 365 days.");
        }
        return calendar.addWorkingDays(provinceId, from, days);
    }

    /**
     * Sets a province's weekly days off (Friday, and Thursday where the province closes on it too):
     * a national administrator, or an administrator of that province.
     */
    public Set<DayOfWeek> setWeeklyDaysOff(long provinceId, Set<DayOfWeek> days, String reason) {
        Province province = access.province(provinceId, Role.ADMIN);
        Refusals.requireReason(reason, "تغییر", "the change");
        if (days == null || days.isEmpty() || days.size() > 3) {
            throw BusinessException.invalid("DAYS_OFF_INVALID", "یک تا سه روز تعطیل هفتگی انتخاب کنید.",
                    "Choose one to three weekly days off.");
        }
        Set<DayOfWeek> before = daysOff(provinceId);
        em.createNativeQuery("DELETE FROM weekly_day_off WHERE province_id = ?").setParameter(1, provinceId).executeUpdate();
        for (DayOfWeek d : days) {
            em.createNativeQuery("INSERT INTO weekly_day_off (province_id, day_of_week) VALUES (?, ?)")
                    .setParameter(1, provinceId).setParameter(2, d.name()).executeUpdate();
        }
        audit.record(new AuditLog.Change("DAYS_OFF_CHANGED", "Province", province.getCode(), provinceId, null,
                Map.of("daysOff", before.toString()), Map.of("daysOff", new TreeSet<>(days).toString()), reason));
        return daysOff(provinceId);
    }

    public PublicHoliday addHoliday(LocalDate date, String nameFa, String reason) {
        access.requireNational(Role.ADMIN);
        Refusals.requireReason(reason, "تغییر", "the change");
        PublicHoliday holiday = new PublicHoliday(date, nameFa, access.actor(), clock.instant());
        if (!em.createQuery("SELECT h.id FROM PublicHoliday h WHERE h.date = :d", Long.class).setParameter("d", date)
                .getResultList().isEmpty()) {
            throw BusinessException.conflict("HOLIDAY_EXISTS", JalaliDates.format(date) + " پیش‌تر تعطیل رسمی ثبت شده است.",
                    date + " is already a public holiday.");
        }
        em.persist(holiday);
        return audit.created("HOLIDAY_ADDED", holiday, reason);
    }

    public void removeHoliday(long holidayId, String reason) {
        access.requireNational(Role.ADMIN);
        Refusals.requireReason(reason, "تغییر", "the change");
        PublicHoliday holiday = em.find(PublicHoliday.class, holidayId);
        if (holiday == null) {
            throw BusinessException.notFound("HOLIDAY_NOT_FOUND", "تعطیل رسمی یافت نشد.", "Holiday not found.");
        }
        audit.removed("HOLIDAY_REMOVED", holiday, reason);
        em.remove(holiday);
    }

    /**
     * The province's official, or an administrator of the province (national or the province's
     * own), closes the province's offices for a day.
     */
    @RolesAllowed({Role.PROVINCE_OFFICIAL_NAME, Role.ADMIN_NAME}) // RoleSet.PROVINCE_OFFICIAL_OR_ADMIN
    public Closure declareClosure(long provinceId, LocalDate date, String reason) {
        Province province = access.province(provinceId, RoleSet.PROVINCE_OFFICIAL_OR_ADMIN.roles());
        Closure closure = new Closure(province, date, LocalDate.now(clock), reason, access.actor(), clock.instant());
        if (!em.createQuery("SELECT c.id FROM Closure c WHERE c.province = :p AND c.date = :d", Long.class)
                .setParameter("p", province).setParameter("d", date).getResultList().isEmpty()) {
            throw BusinessException.conflict("CLOSURE_EXISTS", "تعطیلی این روز پیش‌تر اعلام شده است.",
                    "A closure is already declared for this day.");
        }
        em.persist(closure);
        return audit.created("CLOSURE_DECLARED", closure, reason);
    }

    private Set<DayOfWeek> daysOff(long provinceId) {
        Set<DayOfWeek> off = EnumSet.noneOf(DayOfWeek.class);
        em.createNativeQuery("SELECT day_of_week FROM weekly_day_off WHERE province_id = ?").setParameter(1, provinceId)
                .getResultList().forEach(d -> off.add(DayOfWeek.valueOf((String) d)));
        return off;
    }

    private Province province(long provinceId) {
        Province p = em.find(Province.class, provinceId);
        if (p == null) {
            throw PlaceRefusals.provinceNotFound();
        }
        return p;
    }
}
