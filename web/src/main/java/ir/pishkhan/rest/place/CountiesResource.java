package ir.pishkhan.rest.place;

import ir.pishkhan.place.boundary.Places;
import ir.pishkhan.rest.place.PlaceViews.CountyRename;
import ir.pishkhan.rest.place.PlaceViews.CountyView;
import ir.pishkhan.rest.place.PlaceViews.NewCounty;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Counties as staff see them: only those within their scope. Administrators add and rename. */
@Path("counties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CountiesResource {

    @Inject
    Places places;

    @GET
    public List<CountyView> mine(@QueryParam("q") String q, @QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("100") int limit) {
        return places.myCounties(q, offset, limit).stream().map(CountyView::of).toList();
    }

    @GET
    @Path("{countyId}")
    public CountyView county(@PathParam("countyId") long countyId) {
        return CountyView.of(places.county(countyId));
    }

    @POST
    @APIResponse(responseCode = "201", description = "The county, added to its province",
            content = @Content(schema = @Schema(implementation = CountyView.class)),
            headers = @Header(name = "Location", description = "The new county", schema = @Schema(type = SchemaType.STRING)))
    public Response add(@Valid @NotNull(message = "بدنهٔ درخواست لازم است.") NewCounty body,
                        @jakarta.ws.rs.core.Context UriInfo uriInfo) {
        CountyView created = CountyView.of(places.addCounty(body.provinceId(), body.nameFa(), body.nameEn(),
                body.reason()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{countyId}")
    public CountyView rename(@PathParam("countyId") long countyId,
                             @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") CountyRename body) {
        return CountyView.of(places.renameCounty(countyId, body.nameFa(), body.nameEn(), body.version(),
                body.reason()));
    }
}
