package ir.pishkhan.web.calendar;

import ir.pishkhan.calendar.boundary.Calendars;
import ir.pishkhan.calendar.entity.PublicHoliday;
import ir.pishkhan.place.boundary.Places;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.web.security.CurrentUserView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working calendar page: a province's weekly days off, the year's public holidays and the
 * province's closures. National administrators keep the holidays; a province's days off are
 * changed by a national administrator or the province's own; its official or an administrator of
 * it declares closures. A province administrator's page opens on their province.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Calendars calendars;

    @Inject
    Places places;

    @Inject
    Clock clock;

    @Inject
    CurrentUserView currentUser;

    private List<Province> provinces;
    private Long provinceId;
    private int year;
    private List<String> daysOff = new ArrayList<>();
    private LocalDate date;
    private String text;
    private String reason;

    @PostConstruct
    void init() {
        provinces = places.provinces();
        year = JalaliDates.jalaliYear(LocalDate.now(clock));
        if (!currentUser.getAdministeredProvinceIds().isEmpty()) {
            provinceId = currentUser.getAdministeredProvinceIds().iterator().next();
        } else if (!provinces.isEmpty()) {
            provinceId = provinces.get(0).getId();
        }
        loadDaysOff();
    }

    public void loadDaysOff() {
        daysOff = provinceId == null ? new ArrayList<>()
                : new ArrayList<>(getYearView().weeklyDaysOff().stream().map(Enum::name).toList());
    }

    public Calendars.Year getYearView() {
        return calendars.year(provinceId, year);
    }

    public DayOfWeek[] getWeekDays() {
        return new DayOfWeek[] {DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};
    }

    public String persianDay(DayOfWeek d) {
        return switch (d) {
            case SATURDAY -> "شنبه";
            case SUNDAY -> "یکشنبه";
            case MONDAY -> "دوشنبه";
            case TUESDAY -> "سه‌شنبه";
            case WEDNESDAY -> "چهارشنبه";
            case THURSDAY -> "پنجشنبه";
            case FRIDAY -> "جمعه";
        };
    }

    public void saveDaysOff() {
        Set<DayOfWeek> days = new TreeSet<>();
        daysOff.forEach(d -> days.add(DayOfWeek.valueOf(d)));
        calendars.setWeeklyDaysOff(provinceId, days, reason);
        done("روزهای تعطیل هفتگی ذخیره شد.");
    }

    public void addHoliday() {
        PublicHoliday h = calendars.addHoliday(date, text, reason);
        done("تعطیل رسمی " + JalaliDates.format(h.getDate()) + " ثبت شد.");
    }

    public void removeHoliday(PublicHoliday h) {
        calendars.removeHoliday(h.getId(), reason);
        done("تعطیل رسمی " + JalaliDates.format(h.getDate()) + " حذف شد.");
    }

    public void declareClosure() {
        calendars.declareClosure(provinceId, date, text);
        done("تعطیلی " + JalaliDates.format(date) + " اعلام شد.");
    }

    private void done(String m) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, m, null));
        date = null;
        text = null;
        reason = null;
    }

    public List<Province> getProvinces() { return provinces; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long v) { provinceId = v; }
    public int getYear() { return year; }
    public void setYear(int v) { year = v; }
    public List<String> getDaysOff() { return daysOff; }
    public void setDaysOff(List<String> v) { daysOff = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
