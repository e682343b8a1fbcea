package ir.pishkhan.web.workinggroup;

import ir.pishkhan.shared.text.PersianText;
import ir.pishkhan.violation.boundary.Violations;
import ir.pishkhan.violation.control.SanctionLadder;
import ir.pishkhan.violation.entity.Attachment;
import ir.pishkhan.violation.entity.Outcome;
import ir.pishkhan.violation.entity.ReportStatus;
import ir.pishkhan.violation.entity.ViolationReport;
import ir.pishkhan.workinggroup.boundary.WorkingGroups;
import ir.pishkhan.workinggroup.entity.Vote;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working-group decision screen: one session with its attendance, its agenda and, per
 * report, the defence, the suggested sanction, the votes, the member's own vote and the
 * secretary's decision. Every action is one call to {@link WorkingGroups}.
 */
@Named
@ViewScoped
public class SessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkingGroups workingGroups;

    @Inject
    Violations violations;

    private Long id;
    private WorkingGroups.SessionView view;
    private List<String> present = new ArrayList<>();
    private Long reportToAdd;
    /**
     * Per report: the member's vote, the secretary's outcome, days and rationale being entered.
     * Kept as text: JSF cannot see a map's value type, so it stores what the browser sent.
     */
    private final Map<Long, String> vote = new HashMap<>();
    private final Map<Long, String> voteDays = new HashMap<>();
    private final Map<Long, String> outcome = new HashMap<>();
    private final Map<Long, String> days = new HashMap<>();
    private final Map<Long, String> rationale = new HashMap<>();

    public void load() {
        if (id != null) {
            view = workingGroups.session(id);
            present = new ArrayList<>(view.session().getAttendance().entrySet().stream().filter(Map.Entry::getValue)
                    .map(Map.Entry::getKey).toList());
        }
    }

    public WorkingGroups.SessionView getView() {
        return view;
    }

    /** Reports of the county whose notice was sent, ready for an agenda. */
    public List<ViolationReport> getCandidates() {
        return view == null ? List.of()
                : violations.search(view.session().getCounty().getId(), ReportStatus.NOTICE_SENT, null, 0, 100);
    }

    public SanctionLadder.Suggestion suggestion(ViolationReport r) {
        return violations.suggestion(r.getId());
    }

    public List<Attachment> attachments(ViolationReport r) {
        return violations.attachments(r.getId());
    }

    public List<Vote> votes(ViolationReport r) {
        return view.votes().getOrDefault(r.getId(), List.of());
    }

    public String memberName(String username) {
        return view.members().stream().filter(m -> m.username().equals(username)).map(WorkingGroups.Member::displayName)
                .findFirst().orElse(username);
    }

    public boolean isPresent(String username) {
        return view != null && view.session().isPresent(username);
    }

    public long getPresentCount() {
        return view == null ? 0 : view.present();
    }

    /** Whether a decision has frozen the session's minutes (and with them its attendance). */
    public boolean isFrozen() {
        return view != null && view.minutesSha256() != null;
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public void saveAttendance() {
        workingGroups.recordAttendance(id, present);
        done("حضور و غیاب ثبت شد.");
    }

    public void addToAgenda() {
        if (reportToAdd == null) {
            return;
        }
        workingGroups.addToAgenda(id, reportToAdd);
        reportToAdd = null;
        done("گزارش در دستور جلسه قرار گرفت.");
    }

    public void castVote(ViolationReport r) {
        workingGroups.vote(r.getId(), outcomeOf(vote.get(r.getId())), daysOf(voteDays.get(r.getId())));
        done("رأی شما دربارهٔ گزارش " + PersianText.digitsToPersian(String.valueOf(r.getId())) + " ثبت شد.");
    }

    public void decide(ViolationReport r) {
        ViolationReport decided = workingGroups.decide(r.getId(), r.getVersion(), outcomeOf(outcome.get(r.getId())),
                daysOf(days.get(r.getId())), rationale.get(r.getId()));
        done("تصمیم کارگروه دربارهٔ گزارش " + PersianText.digitsToPersian(String.valueOf(r.getId())) + ": " + decided.getDecision().persianName()
                + (decided.getDecision() == Outcome.REVOCATION_RECOMMENDED ? " — پرونده برای تصمیم استان فرستاده شد." : ""));
    }

    private static Outcome outcomeOf(String name) {
        return name == null || name.isBlank() ? null : Outcome.valueOf(name);
    }

    /** Days as typed, Persian digits allowed; anything not a number is left for the use case to refuse. */
    private static Integer daysOf(String text) {
        String t = text == null ? "" : PersianText.digitsToAscii(text).replaceAll("[^0-9]", "");
        return t.isEmpty() || t.length() > 6 ? null : Integer.valueOf(t);
    }

    private void done(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        load();
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public List<String> getPresent() { return present; }
    public void setPresent(List<String> v) { present = v; }
    public Long getReportToAdd() { return reportToAdd; }
    public void setReportToAdd(Long v) { reportToAdd = v; }
    public Map<Long, String> getVote() { return vote; }
    public Map<Long, String> getVoteDays() { return voteDays; }
    public Map<Long, String> getOutcome() { return outcome; }
    public Map<Long, String> getDays() { return days; }
    public Map<Long, String> getRationale() { return rationale; }
}
