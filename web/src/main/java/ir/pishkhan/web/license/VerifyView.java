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

    private String number;
    private Verification.Result result;

    /** Runs on page load when the number came in the address (the QR code's link). */
    public void load() {
        if (number != null && !number.isBlank()) {
            check();
        }
    }

    public void check() {
        result = verification.verify(number);
    }

    public String getNumber() { return number; }
    public void setNumber(String v) { number = v; }
    public Verification.Result getResult() { return result; }
}
