package ir.pishkhan.rest.security;

import ir.pishkhan.rest.security.UserViews.EnabledChange;
import ir.pishkhan.rest.security.UserViews.GrantView;
import ir.pishkhan.rest.security.UserViews.HomeProvince;
import ir.pishkhan.rest.security.UserViews.NewGrant;
import ir.pishkhan.rest.security.UserViews.NewUser;
import ir.pishkhan.rest.security.UserViews.PasswordReset;
import ir.pishkhan.rest.security.UserViews.UserView;
import ir.pishkhan.security.boundary.Users;
import ir.pishkhan.web.security.CredentialCache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/**
 * Administrators manage accounts and their scoped roles: a national administrator every account,
 * a province administrator the accounts of their province (the boundary decides).
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final String BODY_REQUIRED = "بدنهٔ درخواست لازم است.";

    @Inject
    Users users;

    @Inject
    CredentialCache credentials;

    @GET
    public List<UserView> list(@QueryParam("offset") @DefaultValue("0") int offset,
                               @QueryParam("limit") @DefaultValue("100") int limit) {
        return users.list(offset, limit).stream().map(UserView::of).toList();
    }

    @POST
    @APIResponse(responseCode = "201", description = "The account, without roles yet",
            content = @Content(schema = @Schema(implementation = UserView.class)),
            headers = @Header(name = "Location", description = "The new account", schema = @Schema(type = SchemaType.STRING)))
    public Response create(@Valid @NotNull(message = BODY_REQUIRED) NewUser body, @Context UriInfo uriInfo) {
        UserView created = UserView.of(users.create(body.username(), body.displayName(), body.password(),
                body.homeProvinceId(), Boolean.TRUE.equals(body.oneTimePassword())));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.username()).build())
                .entity(created).build();
    }

    @GET
    @Path("{username}")
    public UserView get(@PathParam("username") String username) {
        return UserView.of(users.get(username));
    }

    @POST
    @Path("{username}/grants")
    @APIResponse(responseCode = "201", description = "The role, granted within its scope",
            content = @Content(schema = @Schema(implementation = GrantView.class)))
    public Response grant(@PathParam("username") String username,
                          @Valid @NotNull(message = BODY_REQUIRED) NewGrant body) {
        GrantView grant = GrantView.of(users.grant(username, body.role(), body.scopeType(), body.scopeId(),
                body.agency(), body.reason()));
        return Response.status(Response.Status.CREATED).entity(grant).build();
    }

    @DELETE
    @Path("{username}/grants/{grantId}")
    @APIResponse(responseCode = "204", description = "The grant is revoked")
    public Response revoke(@PathParam("username") String username, @PathParam("grantId") long grantId,
                           @QueryParam("reason") String reason) {
        users.revoke(username, grantId, reason);
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/password")
    @APIResponse(responseCode = "204", description = "The password is reset")
    public Response resetPassword(@PathParam("username") String username,
                                  @Valid @NotNull(message = BODY_REQUIRED) PasswordReset body) {
        users.resetPassword(username, body.newPassword(), Boolean.TRUE.equals(body.oneTimePassword()), body.reason());
        // The old password and state are not kept on this node.
        credentials.forget(username);
        return Response.noContent().build();
    }

    @PUT
    @Path("{username}/enabled")
    public UserView setEnabled(@PathParam("username") String username,
                               @Valid @NotNull(message = BODY_REQUIRED) EnabledChange body) {
        UserView changed = UserView.of(users.setEnabled(username, body.enabled(), body.reason()));
        credentials.forget(username);
        return changed;
    }

    /** Moves an account to a province, whose administrators then manage it (national administrators only). */
    @PUT
    @Path("{username}/home-province")
    public UserView setHomeProvince(@PathParam("username") String username,
                                    @Valid @NotNull(message = BODY_REQUIRED) HomeProvince body) {
        return UserView.of(users.setHomeProvince(username, body.provinceId(), body.reason()));
    }

    /** Where escalations reach the person: both optional. */
    public record Contact(String email, String mobile) {
    }

    @PUT
    @Path("{username}/contact")
    public UserView setContact(@PathParam("username") String username, @NotNull(message = BODY_REQUIRED) Contact body) {
        return UserView.of(users.setContact(username, body.email(), body.mobile()));
    }
}
