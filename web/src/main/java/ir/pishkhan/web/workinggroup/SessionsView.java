package ir.pishkhan.web.workinggroup;

import ir.pishkhan.place.boundary.Places;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.workinggroup.boundary.WorkingGroups;
import ir.pishkhan.workinggroup.entity.WgSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The county working group's sessions: the list, and scheduling a new one (secretary). */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Places places;

    @Inject
    WorkingGroups workingGroups;

    private List<County> counties;
    private Long countyId;
    private LocalDate date;
    private String time = "۱۰:۰۰";
    private String place;

    @PostConstruct
    void init() {
        counties = places.myCounties(null, 0, 500);
        if (!counties.isEmpty()) {
            countyId = counties.get(0).getId();
        }
    }

    public List<WgSession> getSessions() {
        return countyId == null ? List.of() : workingGroups.sessions(countyId);
    }

    public List<WorkingGroups.Member> getMembers() {
        return countyId == null ? List.of() : workingGroups.members(countyId);
    }

    public void schedule() {
        WgSession s = workingGroups.schedule(countyId, date, time, place);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "جلسهٔ " + ir.pishkhan.shared.jalali.JalaliDates.format(s.getDate()) + " برنامه‌ریزی شد.", null));
        date = null;
        place = null;
    }

    public List<County> getCounties() { return counties; }
    public Long getCountyId() { return countyId; }
    public void setCountyId(Long v) { countyId = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public String getTime() { return time; }
    public void setTime(String v) { time = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
}
