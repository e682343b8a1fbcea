package ir.pishkhan.rest.place;

import ir.pishkhan.place.boundary.Places;
import ir.pishkhan.rest.place.PlaceViews.CountyView;
import ir.pishkhan.rest.place.PlaceViews.ProvinceView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/** Public reference data: provinces and their counties. */
@Path("provinces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class ProvincesResource {

    @Inject
    Places places;

    @GET
    public List<ProvinceView> provinces() {
        return places.provinces().stream().map(ProvinceView::of).toList();
    }

    @GET
    @Path("{provinceId}/counties")
    public List<CountyView> counties(@PathParam("provinceId") long provinceId) {
        return places.countiesOf(provinceId).stream().map(CountyView::of).toList();
    }
}
