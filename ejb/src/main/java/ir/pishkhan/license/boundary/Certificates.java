package ir.pishkhan.license.boundary;

import ir.pishkhan.license.control.CertificateData;
import ir.pishkhan.license.control.CertificateRenderer;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.config.Setting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The printable licence certificate (گواهی پروانه): a Persian PDF with a QR code that opens the
 * public verification page for the licence. A licence that is not active still has its
 * certificate, marked across the page with its status and since when, so the paper never says
 * more than the verification page.
 */
@Stateless
@RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class Certificates {

    private static final CertificateRenderer RENDERER = new CertificateRenderer();

    @EJB
    Licenses licenses;

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** The certificate of a licence the caller may see, as PDF bytes. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] certificate(long licenseId) {
        License l = licenses.get(licenseId);
        return RENDERER.render(CertificateData.of(l, verificationUrl(l.getNumber()), clock.getZone()));
    }

    /** Where the QR code leads: the public verification page of this licence. */
    public static String verificationUrl(String number) {
        String base = Setting.PUBLIC_URL.optionalText().orElse("http://localhost:8080/pishkhan/");
        return (base.endsWith("/") ? base : base + "/") + "verify.xhtml?number="
                + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
