package ir.pishkhan.rest.rollout;

import ir.pishkhan.rest.rollout.ImportRunViews.CommitRequest;
import ir.pishkhan.rest.rollout.ImportRunViews.PasswordView;
import ir.pishkhan.rest.rollout.ImportRunViews.ProgressView;
import ir.pishkhan.rollout.boundary.ImportRuns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Committing a checked import and following it: the batch job writes the rows in the background;
 * its progress, stop and resume, and — once — the one-time passwords of accounts it created
 * without a mobile number or e-mail address.
 */
@Path("imports/{id}/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportRunsResource {

    @Inject
    ImportRuns runs;

    /** Commits the checked import as it was shown ({@code version}): the job starts writing its rows. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "202", description = "Committed: the job writes the rows; follow its progress",
            content = @Content(schema = @Schema(implementation = ProgressView.class)))
    public Response commit(@PathParam("id") long id,
                           @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") CommitRequest body, @Context UriInfo uriInfo) {
        ProgressView started = ProgressView.of(runs.commit(id, body.version()));
        return Response.accepted(started).location(uriInfo.getRequestUri()).build();
    }

    /** Where the commit stands. */
    @GET
    public ProgressView progress(@PathParam("id") long id) {
        return ProgressView.of(runs.progress(id));
    }

    /** Stops the job after the chunk it is writing; what is written stays. */
    @POST
    @Path("stop")
    public ProgressView stop(@PathParam("id") long id) {
        return ProgressView.of(runs.stop(id));
    }

    /** Resumes a stopped or failed commit at its first row not yet written. */
    @POST
    @Path("resume")
    @APIResponse(responseCode = "202", description = "Resumed: the job goes on writing the rows",
            content = @Content(schema = @Schema(implementation = ProgressView.class)))
    public Response resume(@PathParam("id") long id) {
        return Response.accepted(ProgressView.of(runs.resume(id))).build();
    }

    /** The one-time passwords of accounts created without mobile or e-mail: answered once, then gone. */
    @GET
    @Path("passwords")
    public List<PasswordView> passwords(@PathParam("id") long id) {
        return runs.oneTimePasswords(id).stream().map(PasswordView::of).toList();
    }
}
