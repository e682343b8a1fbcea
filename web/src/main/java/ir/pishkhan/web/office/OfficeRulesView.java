package ir.pishkhan.web.office;

import ir.pishkhan.office.boundary.OfficeRules;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.office.entity.OfficeTypePolicy;
import ir.pishkhan.shared.text.PersianNumbers;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Administrators' page for the office-type rules and the yearly issuance fees. */
@Named
@ViewScoped
public class OfficeRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OfficeRules rules;

    private OfficeType type = OfficeType.GOVERNMENT_COUNTER;
    private Integer validityYears;
    private Integer renewalWindowDays;
    private Integer graceDays;
    private Integer invitationDays;
    private Integer retransferYears;
    private Integer lateFeePercent;
    private Integer feeYear;
    private Long feeAmount;

    @jakarta.annotation.PostConstruct
    void init() {
        rules.policies().stream().findFirst().ifPresent(this::edit);
    }

    public List<OfficeTypePolicy> getPolicies() {
        return rules.policies();
    }

    public List<OfficeRules.Fee> getFees() {
        return rules.fees();
    }

    public void edit(OfficeTypePolicy p) {
        type = p.getOfficeType();
        validityYears = p.getValidityYears();
        renewalWindowDays = p.getRenewalWindowDays();
        graceDays = p.getGraceDays();
        invitationDays = p.getInvitationDays();
        retransferYears = p.getRetransferYears();
        lateFeePercent = p.getLateFeePercent();
    }

    public void savePolicy() {
        rules.setPolicy(type, n(validityYears), n(renewalWindowDays), n(graceDays), n(invitationDays), n(retransferYears),
                n(lateFeePercent), "از صفحهٔ قواعد");
        info("قواعد «" + type.persianName() + "» ذخیره شد.");
    }

    public void saveFee() {
        rules.setFee(type, feeYear == null ? 0 : feeYear, feeAmount == null ? 0 : feeAmount, "از صفحهٔ قواعد");
        info("هزینهٔ صدور سال " + PersianNumbers.digits(feeYear) + " ذخیره شد.");
    }

    private static int n(Integer v) {
        return v == null ? -1 : v;
    }

    private static void info(String m) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, m, null));
    }

    public List<OfficeType> getTypes() { return Arrays.asList(OfficeType.values()); }
    public OfficeType getType() { return type; }
    public void setType(OfficeType v) { type = v; }
    public Integer getValidityYears() { return validityYears; }
    public void setValidityYears(Integer v) { validityYears = v; }
    public Integer getRenewalWindowDays() { return renewalWindowDays; }
    public void setRenewalWindowDays(Integer v) { renewalWindowDays = v; }
    public Integer getGraceDays() { return graceDays; }
    public void setGraceDays(Integer v) { graceDays = v; }
    public Integer getInvitationDays() { return invitationDays; }
    public void setInvitationDays(Integer v) { invitationDays = v; }
    public Integer getRetransferYears() { return retransferYears; }
    public void setRetransferYears(Integer v) { retransferYears = v; }
    public Integer getLateFeePercent() { return lateFeePercent; }
    public void setLateFeePercent(Integer v) { lateFeePercent = v; }
    public Integer getFeeYear() { return feeYear; }
    public void setFeeYear(Integer v) { feeYear = v; }
    public Long getFeeAmount() { return feeAmount; }
    public void setFeeAmount(Long v) { feeAmount = v; }
}
