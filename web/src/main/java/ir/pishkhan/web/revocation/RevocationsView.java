package ir.pishkhan.web.revocation;

import ir.pishkhan.revocation.boundary.Revocations;
import ir.pishkhan.revocation.entity.RevocationCase;
import ir.pishkhan.violation.boundary.Violations;
import ir.pishkhan.violation.entity.ViolationReport;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The province approval screen: revocation cases waiting for the province, with the working
 * group's decision and who voted; officials approve, reject or return them; the working group's
 * secretary answers returned ones. Decided cases below.
 */
@Named
@ViewScoped
public class RevocationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Revocations revocations;

    @Inject
    Violations violations;

    @Inject
    ir.pishkhan.workinggroup.boundary.WorkingGroups workingGroups;

    private final Map<Long, String> reason = new HashMap<>();

    public List<RevocationCase> getOpen() {
        return revocations.list(RevocationCase.Status.OPEN);
    }

    public List<RevocationCase> getReturned() {
        return revocations.list(RevocationCase.Status.RETURNED);
    }

    public List<RevocationCase> getDecided() {
        return revocations.list(null).stream().filter(c -> !c.getStatus().isPending()).toList();
    }

    public ViolationReport report(RevocationCase c) {
        return violations.get(c.getReportId());
    }

    /** Who voted on the case's report, by name (the approver must not be one of them). */
    public String voters(RevocationCase c) {
        Map<String, String> names = new HashMap<>();
        workingGroups.members(c.getCounty().getId()).forEach(m -> names.put(m.username(), m.displayName()));
        return String.join("، ", revocations.voters(c.getId()).stream().map(u -> names.getOrDefault(u, u)).toList());
    }

    public void approve(RevocationCase c) {
        decide(c, RevocationCase.Verdict.APPROVE, "پروانهٔ " + number(c)
                + " لغو شد؛ قراردادهای دفتر پایان یافت و نوبت به متقاضی بعدی صف رسید.");
    }

    public void reject(RevocationCase c) {
        decide(c, RevocationCase.Verdict.REJECT, "پیشنهاد لغو پروانهٔ " + number(c) + " رد شد.");
    }

    public void giveBack(RevocationCase c) {
        decide(c, RevocationCase.Verdict.RETURN, "پرونده برای تکمیل اطلاعات به کارگروه بازگشت.");
    }

    public void resubmit(RevocationCase c) {
        revocations.resubmit(c.getId(), c.getVersion(), reason.get(c.getId()));
        done("پرونده با اطلاعات تکمیلی دوباره به استان فرستاده شد.", c);
    }

    private void decide(RevocationCase c, RevocationCase.Verdict verdict, String message) {
        revocations.decide(c.getId(), c.getVersion(), verdict, reason.get(c.getId()));
        done(message, c);
    }

    /** The licence number isolated left to right, so its dashes keep their order inside a Persian sentence. */
    private static String number(RevocationCase c) {
        return "\u2066" + c.getLicense().getNumber() + "\u2069";
    }

    private void done(String message, RevocationCase c) {
        reason.remove(c.getId());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public Map<Long, String> getReason() { return reason; }
}
