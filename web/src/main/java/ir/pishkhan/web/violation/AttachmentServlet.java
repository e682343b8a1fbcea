package ir.pishkhan.web.violation;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.violation.boundary.Violations;
import ir.pishkhan.violation.entity.Attachment;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads a document of a report's file for whoever may read the report:
 * {@code /app/violations/attachment?report=R&id=A}. Always as a download with the type its bytes
 * were checked to be, never sniffed by the browser.
 */
@WebServlet("/app/violations/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Violations violations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long report;
        long id;
        try {
            report = Long.parseLong(request.getParameter("report"));
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment a;
        try {
            a = violations.attachment(report, id);
        } catch (BusinessException e) {
            response.sendError(e.kind().httpStatus());
            return;
        } catch (EJBException e) {
            response.sendError(e.getCause() instanceof BusinessException be ? be.kind().httpStatus()
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(a.getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(a.getSizeBytes());
        response.getOutputStream().write(a.getContent());
    }
}
