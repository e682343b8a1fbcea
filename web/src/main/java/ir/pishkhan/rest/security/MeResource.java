package ir.pishkhan.rest.security;

import ir.pishkhan.rest.security.UserViews.PasswordChange;
import ir.pishkhan.rest.security.UserViews.UserView;
import ir.pishkhan.security.boundary.Users;
import ir.pishkhan.web.security.CredentialCache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The signed-in user's own account: who am I, with which roles where; change my password. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Users users;

    @Inject
    CredentialCache credentials;

    @GET
    public UserView me() {
        return UserView.of(users.me());
    }

    /** Also how a one-time password is replaced: until then every other call is refused. */
    @PUT
    @Path("password")
    @APIResponse(responseCode = "204", description = "The password is changed")
    public Response changePassword(@Valid @NotNull(message = "بدنهٔ درخواست لازم است.") PasswordChange body) {
        String username = users.me().getUsername();
        users.changeOwnPassword(body.currentPassword(), body.newPassword());
        // Neither the old password nor the old "must change it" state is kept on this node.
        credentials.forget(username);
        return Response.noContent().build();
    }
}
