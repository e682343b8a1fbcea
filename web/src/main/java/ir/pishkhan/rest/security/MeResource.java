package ir.pishkhan.rest.security;

import ir.pishkhan.rest.security.UserViews.PasswordChange;
import ir.pishkhan.rest.security.UserViews.UserView;
import ir.pishkhan.security.boundary.Users;
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

    @GET
    public UserView me() {
        return UserView.of(users.me());
    }

    @PUT
    @Path("password")
    @APIResponse(responseCode = "204", description = "The password is changed")
    public Response changePassword(@Valid @NotNull(message = "بدنهٔ درخواست لازم است.") PasswordChange body) {
        users.changeOwnPassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }
}
