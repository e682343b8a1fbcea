package ir.pishkhan.web.report;

import ir.pishkhan.report.boundary.Dashboards;
import ir.pishkhan.report.control.Table;
import ir.pishkhan.rest.report.ReportsResource;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The export buttons of the reports page: {@code /app/reports/export?table=capacity&format=xlsx}. */
@WebServlet("/app/reports/export")
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Dashboards dashboards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Table table;
        try {
            table = dashboards.table(request.getParameter("table"));
        } catch (BusinessException e) {
            response.sendError(e.kind().httpStatus());
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean excel = "xlsx".equalsIgnoreCase(request.getParameter("format"));
        byte[] body = excel ? table.xlsx() : table.csv();
        response.setContentType(excel ? ReportsResource.XLSX : "text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + table.name() + (excel ? ".xlsx" : ".csv") + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
