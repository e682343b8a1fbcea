package ir.pishkhan.web.report;

import ir.pishkhan.audit.control.AuditTerms;
import ir.pishkhan.report.boundary.Dashboards;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.web.security.CurrentUserView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The landing page's desk (میز کار), shaped by the caller's roles: a clerk sees their county's
 * slots, waitlist, renewals and open items; a working-group member the sessions ahead and what
 * is overdue; a province official the revocation cases awaiting approval; an auditor the
 * audited activity of the last 30 days. Every figure comes from {@link Dashboards}, so it is
 * within the caller's reach.
 */
@Named
@ViewScoped
public class DeskView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int AUDIT_DAYS = 30;
    private static final int CHART_ACTIONS = 8;

    @Inject
    Dashboards dashboards;

    @Inject
    CurrentUserView currentUser;

    private Dashboards.Desk desk;
    private List<Dashboards.OverdueItem> overdue;
    private List<Dashboards.SessionAgenda> sessions;
    private List<Dashboards.AwaitingCase> revocations;
    private List<Dashboards.AuditDay> audit;

    /** Whether the caller has any dashboard at all (office managers and agencies do not). */
    public boolean isReader() {
        return currentUser.has(Role.POST_CLERK_NAME) || isWorkingGroup() || isProvince() || isAuditor();
    }

    public boolean isClerk() {
        return currentUser.has(Role.POST_CLERK_NAME);
    }

    public boolean isWorkingGroup() {
        return currentUser.has(Role.WG_MEMBER_NAME) || currentUser.has(Role.WG_SECRETARY_NAME);
    }

    public boolean isProvince() {
        return currentUser.has(Role.PROVINCE_OFFICIAL_NAME) || currentUser.has(Role.ADMIN_NAME);
    }

    public boolean isAuditor() {
        return currentUser.has(Role.AUDITOR_NAME) || currentUser.has(Role.ADMIN_NAME);
    }

    public Dashboards.Desk getDesk() {
        if (desk == null) {
            desk = dashboards.desk();
        }
        return desk;
    }

    public List<Dashboards.OverdueItem> getOverdue() {
        if (overdue == null) {
            overdue = dashboards.overdue();
        }
        return overdue;
    }

    public List<Dashboards.SessionAgenda> getSessions() {
        if (sessions == null) {
            sessions = dashboards.upcomingSessions();
        }
        return sessions;
    }

    public List<Dashboards.AwaitingCase> getRevocations() {
        if (revocations == null) {
            revocations = dashboards.revocationsAwaiting();
        }
        return revocations;
    }

    public List<Dashboards.AuditDay> getAudit() {
        if (audit == null) {
            audit = isAuditor() ? dashboards.auditActivity(AUDIT_DAYS) : List.of();
        }
        return audit;
    }

    /** Stacked bars: audited changes per day over the last 30 days, the most frequent kinds each their colour. */
    public String getAuditChart() {
        Map<String, Long> totals = new LinkedHashMap<>();
        getAudit().forEach(d -> totals.merge(d.action(), d.count(), Long::sum));
        List<String> top = totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(CHART_ACTIONS).map(Map.Entry::getKey).toList();
        Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
        for (Dashboards.AuditDay d : getAudit()) {
            String action = top.contains(d.action()) ? d.action() : "سایر";
            byDay.computeIfAbsent(d.day(), x -> new LinkedHashMap<>()).merge(action, d.count(), Long::sum);
        }
        List<String> series = new ArrayList<>(top);
        if (totals.size() > top.size()) {
            series.add("سایر");
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        byDay.keySet().forEach(day -> labels.add(ir.pishkhan.shared.jalali.JalaliDates.format(day)));
        JsonArrayBuilder sets = Json.createArrayBuilder();
        int i = 0;
        for (String s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            byDay.values().forEach(m -> data.add(m.getOrDefault(s, 0L)));
            sets.add(ReportsView.dataset(AuditTerms.action(s), ReportsView.COLOURS[i++ % ReportsView.COLOURS.length], data));
        }
        return ReportsView.chart("bar", labels, sets, true);
    }
}
