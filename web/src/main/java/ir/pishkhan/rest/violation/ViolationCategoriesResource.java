package ir.pishkhan.rest.violation;

import ir.pishkhan.rest.violation.ViolationViews.CategoryView;
import ir.pishkhan.violation.boundary.Violations;
import ir.pishkhan.violation.entity.Severity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Violation categories: everyone on staff reads them; administrators add and change them. */
@Path("violation-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ViolationCategoriesResource {

    @Inject
    Violations violations;

    public record CategoryChange(@NotNull(message = "عنوان لازم است.") String nameFa,
                                 @NotNull(message = "شدت تخلف لازم است.") Severity severity,
                                 @NotNull(message = "امتیاز لازم است.") Integer points,
                                 Boolean active, String reason) {
    }

    @GET
    public List<CategoryView> list() {
        return violations.categories().stream().map(CategoryView::of).toList();
    }

    /** Adds the category with this code, or changes it. */
    @PUT
    @Path("{code}")
    public CategoryView save(@PathParam("code") String code,
                             @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") CategoryChange body) {
        return CategoryView.of(violations.saveCategory(code, body.nameFa(), body.severity(), body.points(),
                body.active() == null || body.active(), body.reason()));
    }
}
