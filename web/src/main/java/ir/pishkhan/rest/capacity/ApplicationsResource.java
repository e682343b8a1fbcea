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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Applications on the county waitlist. */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    @Inject
    Applications applications;

    @POST
    @APIResponse(responseCode = "201", description = "The application, registered on the county's waitlist",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)),
            headers = @Header(name = "Location", description = "The new application", schema = @Schema(type = SchemaType.STRING)))
    public Response submit(@Valid @NotNull(message = "بدنهٔ درخواست لازم است.") NewApplication body,
                           @Context UriInfo uriInfo) {
        ApplicationView created = ApplicationView.of(applications.submit(body.submission()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    /** Search within the caller's scope; {@code q} matches the applicant's national code or name. */
    @GET
    public List<ApplicationView> search(@QueryParam("q") String q,
                                        @QueryParam("status") ir.pishkhan.capacity.entity.ApplicationStatus status,
                                        @QueryParam("countyId") Long countyId,
                                        @QueryParam("offset") @DefaultValue("0") int offset,
                                        @QueryParam("limit") @DefaultValue("50") int limit) {
        return applications.search(q, status, countyId, offset, limit).stream().map(ApplicationView::of).toList();
    }

    @GET
    @Path("{applicationId}")
    public ApplicationView get(@PathParam("applicationId") long applicationId) {
        return ApplicationView.of(applications.get(applicationId));
    }

    @POST
    @Path("{applicationId}/withdrawal")
    public ApplicationView withdraw(@PathParam("applicationId") long applicationId, @Valid Reason body) {
        return ApplicationView.of(applications.withdraw(applicationId, body == null ? null : body.reason()));
    }
}
