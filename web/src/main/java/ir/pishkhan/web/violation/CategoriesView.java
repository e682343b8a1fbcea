package ir.pishkhan.web.violation;

import ir.pishkhan.violation.boundary.Violations;
import ir.pishkhan.violation.entity.Severity;
import ir.pishkhan.violation.entity.ViolationCategory;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Administrators' editor of violation categories: pick one to change, or type a new code to add one. */
@Named
@ViewScoped
public class CategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Violations violations;

    private String code;
    private String nameFa;
    private Severity severity = Severity.MINOR;
    private Integer points = 5;
    private boolean active = true;
    private String reason;

    public List<ViolationCategory> getCategories() {
        return violations.categories();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public void edit(ViolationCategory c) {
        code = c.getCode();
        nameFa = c.getNameFa();
        severity = c.getSeverity();
        points = c.getPoints();
        active = c.isActive();
    }

    public void save() {
        ViolationCategory c = violations.saveCategory(code == null ? null : code.trim(), nameFa, severity,
                points == null ? -1 : points, active, reason);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "نوع تخلف «" + c.getNameFa() + "» ذخیره شد.", null));
        reason = null;
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getNameFa() { return nameFa; }
    public void setNameFa(String v) { nameFa = v; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity v) { severity = v; }
    public Integer getPoints() { return points; }
    public void setPoints(Integer v) { points = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
