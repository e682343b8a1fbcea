package ir.pishkhan.rest.complaint;

import ir.pishkhan.complaint.boundary.Complaints;
import ir.pishkhan.complaint.entity.Complaint;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** Complaints as the county post office handles them. */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    @Inject
    Complaints complaints;

    public record ComplaintView(long id, String trackingCode, long licenseId, String licenseNumber, String officeName,
                                long countyId, String countyFa, String citizenName, String citizenMobile, String text,
                                String filedAt, LocalDate dueOn, String dueOnJalali, String status, String statusFa,
                                String answer, Integer rating, String ratingComment, long version) {
        static ComplaintView of(Complaint c) {
            return new ComplaintView(c.getId(), c.getTrackingCode(), c.getLicense().getId(), c.getLicense().getNumber(),
                    c.getLicense().getOfficeName(), c.getCounty().getId(), c.getCounty().getNameFa(), c.getCitizenName(),
                    c.getCitizenMobile(), c.getBody(), c.getFiledAt().toString(), c.getDueOn(), JalaliDates.format(c.getDueOn()),
                    c.getStatus().name(), c.getStatus().persianName(), c.getAnswer(), c.getRating(), c.getRatingComment(),
                    c.getVersion());
        }
    }

    public record Answer(@NotNull(message = "نسخهٔ شکایتی که دیده‌اید لازم است.") Long expectedVersion,
                         @NotNull(message = "پذیرش یا رد شکایت را مشخص کنید.") Boolean accept,
                         String category,
                         @NotBlank(message = "پاسخ به شهروند را بنویسید.") String answer) {
    }

    @GET
    public List<ComplaintView> list(@QueryParam("countyId") Long countyId, @QueryParam("status") Complaint.Status status,
                                    @QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        return complaints.list(countyId, status, offset, limit).stream().map(ComplaintView::of).toList();
    }

    @POST
    @Path("{complaintId}/answer")
    public ComplaintView answer(@PathParam("complaintId") long complaintId,
                                @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") Answer body) {
        return ComplaintView.of(complaints.answer(complaintId, body.expectedVersion(), body.accept(), body.category(),
                body.answer()));
    }
}
