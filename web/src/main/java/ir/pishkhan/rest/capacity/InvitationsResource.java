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

/** The applicant's answer to an invitation, recorded by the county clerk. */
@Path("invitations/{invitationId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {

    @Inject
    Applications applications;

    @POST
    @Path("acceptance")
    public InvitationView accept(@PathParam("invitationId") long invitationId) {
        return InvitationView.of(applications.acceptInvitation(invitationId));
    }

    @POST
    @Path("refusal")
    public InvitationView decline(@PathParam("invitationId") long invitationId, @Valid Reason body) {
        return InvitationView.of(applications.declineInvitation(invitationId, body == null ? null : body.reason()));
    }
}
