package ir.pishkhan.rest.capacity;

import ir.pishkhan.capacity.boundary.Capacities;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.rest.capacity.CapacityViews.CapacityChangeRequest;
import ir.pishkhan.rest.capacity.CapacityViews.CapacityChangeView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A county's capacity per office type, its history, and the province official's changes. */
@Path("counties/{countyId}/capacity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CapacityResource {

    @Inject
    Capacities capacities;

    @GET
    public List<Capacities.Status> status(@PathParam("countyId") long countyId) {
        return capacities.status(countyId);
    }

    @PUT
    @Path("{officeType}")
    public Capacities.Status set(@PathParam("countyId") long countyId, @PathParam("officeType") OfficeType officeType,
                                 @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") CapacityChangeRequest body) {
        return capacities.set(countyId, officeType, body.capacity(), body.effectiveDate(), body.reason());
    }

    @GET
    @Path("history")
    public List<CapacityChangeView> history(@PathParam("countyId") long countyId) {
        return capacities.history(countyId).stream().map(CapacityChangeView::of).toList();
    }
}
