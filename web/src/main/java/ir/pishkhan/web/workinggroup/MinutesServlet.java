package ir.pishkhan.web.workinggroup;

import ir.pishkhan.web.shared.PdfDownloadServlet;
import ir.pishkhan.workinggroup.boundary.WorkingGroups;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;

/** Downloads a working-group session's minutes as PDF: {@code /app/wg/minutes?session=…} (signed-in staff). */
@WebServlet("/app/wg/minutes")
public class MinutesServlet extends PdfDownloadServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient WorkingGroups workingGroups;

    @Override
    protected String parameter() {
        return "session";
    }

    @Override
    protected byte[] produce(long id) {
        return workingGroups.minutes(id);
    }

    @Override
    protected String fileName(long id) {
        return "minutes-" + id + ".pdf";
    }
}
