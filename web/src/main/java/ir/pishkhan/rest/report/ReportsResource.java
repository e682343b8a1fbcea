package ir.pishkhan.rest.report;

import ir.pishkhan.report.boundary.Dashboards;
import ir.pishkhan.report.control.Table;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Dashboard figures within the caller's reach, and every report table as CSV or Excel. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Dashboards dashboards;

    @GET
    @Path("capacity")
    public List<Dashboards.CapacityRow> capacity() {
        return dashboards.capacity();
    }

    @GET
    @Path("workload")
    public List<Dashboards.WorkloadRow> workload() {
        return dashboards.workload();
    }

    @GET
    @Path("deadline-compliance")
    public List<Dashboards.ComplianceRow> compliance() {
        return dashboards.deadlineCompliance();
    }

    @GET
    @Path("violations")
    public List<Dashboards.ViolationMonth> violations(@QueryParam("months") @DefaultValue("12") int months) {
        return dashboards.violationsByMonth(months);
    }

    @GET
    @Path("desk")
    public Dashboards.Desk desk() {
        return dashboards.desk();
    }

    @GET
    @Path("overdue")
    public List<Dashboards.OverdueItem> overdue() {
        return dashboards.overdue();
    }

    @GET
    @Path("sessions")
    public List<Dashboards.SessionAgenda> sessions() {
        return dashboards.upcomingSessions();
    }

    @GET
    @Path("revocations")
    public List<Dashboards.AwaitingCase> revocations() {
        return dashboards.revocationsAwaiting();
    }

    @GET
    @Path("audit-activity")
    public List<Dashboards.AuditDay> auditActivity(@QueryParam("days") @DefaultValue("30") int days) {
        return dashboards.auditActivity(days);
    }

    /** {@code table}: capacity, workload, compliance, violations, overdue, sessions, revocations or audit; {@code format}: csv (default) or xlsx. */
    @GET
    @Path("{table}/export")
    @Produces({"text/csv", XLSX, "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The table as CSV (format=csv) or as an Excel workbook (format=xlsx)",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@PathParam("table") String table, @QueryParam("format") @DefaultValue("csv") String format) {
        return download(dashboards.table(table), format);
    }

    public static Response download(Table t, String format) {
        boolean excel = "xlsx".equalsIgnoreCase(format);
        return Response.ok(excel ? t.xlsx() : t.csv(), excel ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + t.name() + (excel ? ".xlsx" : ".csv") + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
