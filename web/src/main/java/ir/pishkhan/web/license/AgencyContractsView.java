package ir.pishkhan.web.license;

import ir.pishkhan.license.boundary.Contracts;
import ir.pishkhan.license.entity.ServiceContract;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** An agency reporter's page: their agency's contracts in their area, to suspend or end. */
@Named
@ViewScoped
public class AgencyContractsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Contracts contracts;

    private String reason;

    public List<ServiceContract> getContracts() {
        return contracts.mine();
    }

    public void suspend(ServiceContract c) {
        contracts.suspend(c.getId(), reason);
        done("قرارداد دفتر «" + c.getLicense().getOfficeName() + "» معلق شد.");
    }

    public void end(ServiceContract c) {
        contracts.end(c.getId(), reason);
        done("قرارداد دفتر «" + c.getLicense().getOfficeName() + "» پایان یافت.");
    }

    private void done(String m) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, m, null));
        reason = null;
    }

    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
