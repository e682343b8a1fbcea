package ir.pishkhan.rest.violation;

import ir.pishkhan.license.boundary.Licenses;
import ir.pishkhan.rest.license.LicensesResource.LicenseView;
import ir.pishkhan.rest.violation.ViolationViews.ReportView;
import ir.pishkhan.violation.boundary.Violations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The office manager's own office: its licence and the violation notices it received. */
@Path("my-office")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyOfficeResource {

    @Inject
    Licenses licenses;

    @Inject
    Violations violations;

    public record MyOffice(List<LicenseView> licenses, List<ReportView> notices) {
    }

    @GET
    public MyOffice get() {
        return new MyOffice(licenses.mine().stream().map(LicenseView::of).toList(),
                violations.noticesOfMyOffices().stream().map(ReportView::of).toList());
    }
}
