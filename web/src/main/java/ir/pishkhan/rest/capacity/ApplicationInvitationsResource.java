package ir.pishkhan.rest.capacity;

import ir.pishkhan.capacity.boundary.Applications;
import ir.pishkhan.rest.capacity.CapacityViews.InvitationView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The invitations an application received, newest first: where a clerk finds the id of the open
 * invitation to record the applicant's answer ({@code POST /invitations/{id}/acceptance}).
 */
@Path("applications/{applicationId}/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationInvitationsResource {

    @Inject
    Applications applications;

    @GET
    public List<InvitationView> list(@PathParam("applicationId") long applicationId) {
        return applications.invitationsOf(applicationId).stream().map(InvitationView::of).toList();
    }
}
