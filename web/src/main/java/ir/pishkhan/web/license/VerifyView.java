package ir.pishkhan.web.license;

import ir.pishkhan.license.boundary.Verification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public verification page: a citizen types a licence number or arrives from its QR code. */
@Named
@RequestScoped
public class VerifyView {

    @Inject
    Verification verification;

    @Inject
    ir.pishkhan.web.shared.PublicRateLimits limits;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private String number;
    private Verification.Result result;

    /** Runs on page load when the number came in the address (the QR code's link). */
    public void load() {
        if (number != null && !number.isBlank()) {
            check();
        }
    }

    public void check() {
        if (!limits.tryAcquire(request.getRemoteAddr())) {
            throw new ir.pishkhan.shared.error.BusinessException(ir.pishkhan.shared.error.ErrorKind.TOO_MANY,
                    "RATE_LIMITED", "درخواست‌های شما بیش از حد مجاز است؛ یک دقیقه صبر کنید و دوباره بکوشید.",
                    "Too many requests; wait a minute.");
        }
        result = verification.verify(number);
    }

    public String getNumber() { return number; }
    public void setNumber(String v) { number = v; }
    public Verification.Result getResult() { return result; }
}
