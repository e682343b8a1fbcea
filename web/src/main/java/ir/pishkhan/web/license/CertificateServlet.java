package ir.pishkhan.web.license;

import ir.pishkhan.license.boundary.Certificates;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Downloads a licence certificate as PDF: {@code /app/licensing/certificate?id=…} (signed-in staff). */
@WebServlet("/app/licensing/certificate")
public class CertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = certificates.certificate(id);
        } catch (BusinessException e) {
            response.sendError(e.kind().httpStatus());
            return;
        } catch (EJBException e) {
            response.sendError(e.getCause() instanceof BusinessException be ? be.kind().httpStatus()
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"license-" + id + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
