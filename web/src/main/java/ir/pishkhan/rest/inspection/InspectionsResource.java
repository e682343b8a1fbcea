package ir.pishkhan.rest.inspection;

import ir.pishkhan.inspection.boundary.Inspections;
import ir.pishkhan.inspection.entity.ChecklistItem;
import ir.pishkhan.inspection.entity.Inspection;
import ir.pishkhan.inspection.entity.ItemResult;
import ir.pishkhan.rest.violation.ViolationViews.ReportView;
import ir.pishkhan.shared.jalali.JalaliDates;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Inspections of an office. (Paths under {@code licenses/{licenseId}/…} are each their own resource
 * class: a class at {@code licenses/{licenseId}} would capture {@code licenses/direct} too.)
 */
@Path("licenses/{licenseId}/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionsResource {

    @Inject
    Inspections inspections;

    public record Item(@NotNull(message = "مورد بازرسی را مشخص کنید.") ChecklistItem item,
                       @NotNull(message = "نتیجهٔ مورد بازرسی لازم است.") Boolean passed, String note) {
    }

    public record NewInspection(@NotNull(message = "نوع بازرسی لازم است.") Inspection.Kind kind,
                                @NotNull(message = "تاریخ بازرسی لازم است.") LocalDate inspectedOn, String notes,
                                @NotNull(message = "نتایج فهرست بازرسی لازم است.") List<@Valid @NotNull Item> items) {
    }

    public record ItemView(String item, String itemFa, boolean passed, String note) {
    }

    public record InspectionView(long id, String kind, String kindFa, LocalDate inspectedOn, String inspectedOnJalali,
                                 String inspector, boolean passed, String notes, List<ItemView> items) {
        static InspectionView of(Inspection i) {
            return new InspectionView(i.getId(), i.getKind().name(), i.getKind().persianName(), i.getInspectedOn(),
                    JalaliDates.format(i.getInspectedOn()), i.getInspector(), i.isPassed(), i.getNotes(),
                    i.getItems().entrySet().stream().map(e -> new ItemView(e.getKey().name(), e.getKey().persianName(),
                            e.getValue().isPassed(), e.getValue().getNote())).toList());
        }
    }

    public record Recorded(InspectionView inspection, List<ReportView> reports) {
    }

    public record ComplianceView(long licenseId, String licenseNumber, String officeName, int pointsLast12Months,
                                 LocalDate nextPeriodicDue, String nextPeriodicDueJalali, List<InspectionView> inspections,
                                 List<ReportView> violations) {
    }

    @POST
    @APIResponse(responseCode = "201", description = "The inspection, with the violation reports its failed items opened",
            content = @Content(schema = @Schema(implementation = Recorded.class)))
    public Response record(@PathParam("licenseId") long licenseId,
                           @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") NewInspection body) {
        Map<ChecklistItem, ItemResult> results = new EnumMap<>(ChecklistItem.class);
        body.items().forEach(i -> results.put(i.item(), new ItemResult(i.passed(), i.note())));
        Inspections.Recorded r = inspections.record(licenseId, body.kind(), body.inspectedOn(), body.notes(), results);
        return Response.status(Response.Status.CREATED).entity(new Recorded(InspectionView.of(r.inspection()),
                r.reports().stream().map(ReportView::of).toList())).build();
    }
}
