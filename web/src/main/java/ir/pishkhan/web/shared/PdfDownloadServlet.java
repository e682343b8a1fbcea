package ir.pishkhan.web.shared;

import ir.pishkhan.shared.error.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A PDF a signed-in user downloads from a page (certificate, minutes): the id comes from one
 * request parameter, the boundary produces the bytes and checks role and scope; its refusals
 * become the matching HTTP status, never a stack trace.
 */
public abstract class PdfDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request parameter that names the object. */
    protected abstract String parameter();

    /** The PDF of the object, from its boundary. */
    protected abstract byte[] produce(long id);

    /** The file name offered to the browser. */
    protected abstract String fileName(long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter(parameter()));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = produce(id);
        } catch (BusinessException e) {
            response.sendError(e.kind().httpStatus());
            return;
        } catch (EJBException e) {
            response.sendError(e.getCause() instanceof BusinessException be ? be.kind().httpStatus()
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(id) + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
