package ir.pishkhan.rest.complaint;

import ir.pishkhan.complaint.boundary.Complaints;
import ir.pishkhan.complaint.entity.Complaint;
import ir.pishkhan.rest.shared.Problems;
import ir.pishkhan.web.shared.PublicRateLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The citizen's side of complaints, anonymous: find an office, file a complaint (at most a few an
 * hour from one client), follow it by its tracking code, rate the outcome.
 */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicComplaintsResource {

    @Inject
    Complaints complaints;

    @Inject
    PublicRateLimits limits;

    @Context
    HttpServletRequest request;

    public record NewComplaint(@NotBlank(message = "شمارهٔ پروانهٔ دفتر را وارد کنید.") @Size(max = 30) String licenseNumber,
                               @NotBlank(message = "شرح شکایت را بنویسید.") @Size(max = 2000, message = "شرح شکایت حداکثر ۲۰۰۰ نویسه است.") String text,
                               @Size(max = 100, message = "نام حداکثر ۱۰۰ نویسه است.") String name,
                               @Size(max = 20, message = "شمارهٔ همراه نادرست است.") String mobile) {
    }

    public record Filed(String trackingCode, LocalDate dueOn, String dueOnJalali) {
    }

    public record Rating(@NotNull(message = "امتیاز (۱ تا ۵) لازم است.") Integer stars,
                         @Size(max = 500, message = "توضیح حداکثر ۵۰۰ نویسه است.") String comment) {
    }

    @GET
    @Path("offices")
    public List<Complaints.PublicOffice> offices(@QueryParam("q") String q) {
        return complaints.findOffices(q);
    }

    @POST
    @Path("complaints")
    @APIResponse(responseCode = "201", description = "The complaint is filed; keep the tracking code",
            content = @Content(schema = @Schema(implementation = Filed.class)))
    public Response file(@Valid @NotNull(message = "بدنهٔ درخواست لازم است.") NewComplaint body) {
        if (!limits.tryFileComplaint(request.getRemoteAddr())) {
            return Response.fromResponse(Problems.of(429, "COMPLAINT_RATE_LIMITED",
                    "Too many complaints from this address; try again in an hour.",
                    "از این نشانی شکایت‌های زیادی ثبت شده است؛ یک ساعت دیگر دوباره بکوشید.", "/api/public/complaints"))
                    .header("Retry-After", "3600").build();
        }
        Complaint c = complaints.file(body.licenseNumber(), body.text(), body.name(), body.mobile());
        return Response.status(Response.Status.CREATED).entity(new Filed(c.getTrackingCode(), c.getDueOn(),
                ir.pishkhan.shared.jalali.JalaliDates.format(c.getDueOn()))).build();
    }

    @GET
    @Path("complaints/{code}")
    public Complaints.Tracking track(@PathParam("code") String code) {
        return complaints.track(code);
    }

    @POST
    @Path("complaints/{code}/rating")
    public Complaints.Tracking rate(@PathParam("code") String code, @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") Rating body) {
        return complaints.rate(code, body.stars(), body.comment());
    }
}
