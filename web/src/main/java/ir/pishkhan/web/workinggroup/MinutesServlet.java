package ir.pishkhan.web.workinggroup;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.workinggroup.boundary.WorkingGroups;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Downloads a working-group session's minutes as PDF: {@code /app/wg/minutes?session=…} (signed-in staff). */
@WebServlet("/app/wg/minutes")
public class MinutesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient WorkingGroups workingGroups;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("session"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = workingGroups.minutes(id);
        } catch (BusinessException e) {
            response.sendError(e.kind().httpStatus());
            return;
        } catch (EJBException e) {
            response.sendError(e.getCause() instanceof BusinessException be ? be.kind().httpStatus()
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"minutes-" + id + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
