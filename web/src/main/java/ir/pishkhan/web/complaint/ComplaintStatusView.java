package ir.pishkhan.web.complaint;

import ir.pishkhan.complaint.boundary.Complaints;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import ir.pishkhan.web.shared.PublicRateLimits;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The public complaint-tracking page (پیگیری شکایت): by the tracking code a citizen sees where
 * their complaint stands, when it was filed and is due, the post office's answer, and once it is
 * answered rates the outcome (1 to 5 stars, once). Arrives with {@code ?code=} from the filing
 * page; each look-up counts against the client's public allowance.
 */
@Named
@ViewScoped
public class ComplaintStatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Complaints complaints;

    @Inject
    PublicRateLimits limits;

    private String code;
    private Complaints.Tracking tracking;
    private Integer stars;
    private String comment;

    /** Runs on page load when the code came in the address. */
    public void load() {
        if (code != null && !code.isBlank()) {
            track();
        }
    }

    public void track() {
        allowance();
        tracking = null;
        tracking = complaints.track(code);
        code = tracking.trackingCode();
    }

    public void rate() {
        allowance();
        // No stars chosen is sent as 0, so the use case gives its own "1 to 5" message.
        tracking = complaints.rate(tracking.trackingCode(), stars == null ? 0 : stars, comment);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "امتیاز شما ثبت شد. از همراهی شما سپاسگزاریم.", null));
    }

    private void allowance() {
        String address = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getRemoteAddr();
        if (!limits.tryAcquire(address)) {
            throw new BusinessException(ErrorKind.TOO_MANY, "RATE_LIMITED",
                    "درخواست‌های شما بیش از حد مجاز است؛ یک دقیقه صبر کنید و دوباره بکوشید.",
                    "Too many requests; wait a minute.");
        }
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public Complaints.Tracking getTracking() { return tracking; }
    public Integer getStars() { return stars; }
    public void setStars(Integer v) { stars = v; }
    public String getComment() { return comment; }
    public void setComment(String v) { comment = v; }
}
