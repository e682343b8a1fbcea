package ir.pishkhan.web.license;

import ir.pishkhan.license.boundary.Certificates;
import ir.pishkhan.web.shared.PdfDownloadServlet;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;

/** Downloads a licence certificate as PDF: {@code /app/licensing/certificate?id=…} (signed-in staff). */
@WebServlet("/app/licensing/certificate")
public class CertificateServlet extends PdfDownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Certificates certificates;

    @Override
    protected String parameter() {
        return "id";
    }

    @Override
    protected byte[] produce(long id) {
        return certificates.certificate(id);
    }

    @Override
    protected String fileName(long id) {
        return "license-" + id + ".pdf";
    }
}
