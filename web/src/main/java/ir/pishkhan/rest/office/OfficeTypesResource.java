package ir.pishkhan.rest.office;

import ir.pishkhan.office.entity.OfficeType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/** Public reference data: the kinds of licensed office. */
@Path("office-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class OfficeTypesResource {

    public record OfficeTypeView(String code, String nameFa) {
    }

    @GET
    public List<OfficeTypeView> officeTypes() {
        return Arrays.stream(OfficeType.values()).map(t -> new OfficeTypeView(t.name(), t.persianName())).toList();
    }
}
