package ir.pishkhan.web.complaint;

import ir.pishkhan.complaint.boundary.Complaints;
import ir.pishkhan.complaint.entity.Complaint;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import ir.pishkhan.web.shared.PublicRateLimits;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The public complaint page (ثبت شکایت): a citizen, without signing in, finds the office by its
 * name or licence number, writes what happened and gets a tracking code and the date by which
 * the county post office must answer. Every search counts against the client's public allowance
 * and every filing against its much smaller complaint allowance, as on the REST API.
 */
@Named
@ViewScoped
public class ComplaintFilingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    @Inject
    PublicRateLimits limits;

    private String query;
    private List<Complaints.PublicOffice> offices;
    private Complaints.PublicOffice office;
    private String text;
    private String name;
    private String mobile;
    private String trackingCode;
    private LocalDate dueOn;

    public void search() {
        if (!limits.tryAcquire(clientAddress())) {
            throw tooMany("درخواست‌های شما بیش از حد مجاز است؛ یک دقیقه صبر کنید و دوباره بکوشید.");
        }
        office = null;
        offices = complaints.findOffices(query);
    }

    public void choose(Complaints.PublicOffice chosen) {
        office = chosen;
    }

    /** Back to the search results, to pick another office. */
    public void changeOffice() {
        office = null;
    }

    public void file() {
        if (office == null) {
            // Checked before the allowance so that a forgotten choice does not cost a filing.
            throw BusinessException.invalid("OFFICE_NOT_CHOSEN", "ابتدا دفتر را جست‌وجو و از فهرست انتخاب کنید.",
                    "Choose the office first.");
        }
        if (!limits.tryFileComplaint(clientAddress())) {
            throw tooMany("از این نشانی شکایت‌های زیادی ثبت شده است؛ یک ساعت دیگر دوباره بکوشید.");
        }
        Complaint filed = complaints.file(office.licenseNumber(), text, name, mobile);
        trackingCode = filed.getTrackingCode();
        dueOn = filed.getDueOn();
    }

    private static String clientAddress() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    private static BusinessException tooMany(String persian) {
        return new BusinessException(ErrorKind.TOO_MANY, "RATE_LIMITED", persian, "Too many requests from this client.");
    }

    public String getQuery() { return query; }
    public void setQuery(String v) { query = v; }
    public List<Complaints.PublicOffice> getOffices() { return offices; }
    public Complaints.PublicOffice getOffice() { return office; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getTrackingCode() { return trackingCode; }
    public LocalDate getDueOn() { return dueOn; }
}
