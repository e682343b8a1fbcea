package ir.pishkhan.rest.workinggroup;

import ir.pishkhan.rest.workinggroup.SessionsResource.SessionView;
import ir.pishkhan.workinggroup.boundary.WorkingGroups;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A county's working-group sessions, newest first. */
@Path("counties/{countyId}/wg-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountySessionsResource {

    @Inject
    WorkingGroups workingGroups;

    @GET
    public List<SessionView> list(@PathParam("countyId") long countyId) {
        return workingGroups.sessions(countyId).stream().map(SessionView::of).toList();
    }
}
