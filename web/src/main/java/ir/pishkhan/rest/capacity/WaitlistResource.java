package ir.pishkhan.rest.capacity;

import ir.pishkhan.capacity.boundary.Applications;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.rest.capacity.CapacityViews.ApplicationView;
import ir.pishkhan.rest.capacity.CapacityViews.InvitationView;
import ir.pishkhan.rest.capacity.CapacityViews.NewApplication;
import ir.pishkhan.rest.capacity.CapacityViews.Reason;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A county's waitlist for one office type, in the order applicants will be invited. */
@Path("counties/{countyId}/waitlist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WaitlistResource {

    @Inject
    Applications applications;

    @GET
    public List<ApplicationView> waitlist(@PathParam("countyId") long countyId,
                                          @QueryParam("officeType") @DefaultValue("GOVERNMENT_COUNTER") OfficeType type,
                                          @QueryParam("offset") @DefaultValue("0") int offset,
                                          @QueryParam("limit") @DefaultValue("100") int limit) {
        return applications.waitlist(countyId, type, offset, limit).stream().map(ApplicationView::of).toList();
    }
}
