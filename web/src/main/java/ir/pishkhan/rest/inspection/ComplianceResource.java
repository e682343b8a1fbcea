package ir.pishkhan.rest.inspection;

import ir.pishkhan.inspection.boundary.Inspections;
import ir.pishkhan.rest.inspection.InspectionsResource.ComplianceView;
import ir.pishkhan.rest.inspection.InspectionsResource.InspectionView;
import ir.pishkhan.rest.violation.ViolationViews.ReportView;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An office's compliance file: earlier inspections, violations, 12-month points, next periodic inspection. */
@jakarta.ws.rs.Path("licenses/{licenseId}/compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    @Inject
    Inspections inspections;

    @GET
    public ComplianceView compliance(@PathParam("licenseId") long licenseId) {
        Inspections.ComplianceFile f = inspections.file(licenseId);
        return new ComplianceView(f.license().getId(), f.license().getNumber(), f.license().getOfficeName(),
                f.pointsLast12Months(), f.nextPeriodicDue(), JalaliDates.format(f.nextPeriodicDue()),
                f.inspections().stream().map(InspectionView::of).toList(),
                f.violations().stream().map(ReportView::of).toList());
    }
}
