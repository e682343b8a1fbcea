package ir.pishkhan.rest.calendar;

import ir.pishkhan.calendar.boundary.Calendars;
import ir.pishkhan.rest.calendar.ProvinceCalendarResource.DayView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Public holidays for the whole country (the lunar ones are entered each year by an administrator). */
@Path("holidays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HolidaysResource {

    @Inject
    Calendars calendars;

    public record NewHoliday(@NotNull(message = "تاریخ تعطیل لازم است.") LocalDate date, String nameFa, String reason) {
    }

    @POST
    @APIResponse(responseCode = "201", description = "The holiday, added to every province's calendar",
            content = @Content(schema = @Schema(implementation = ProvinceCalendarResource.DayView.class)))
    public Response add(@Valid @NotNull(message = "بدنهٔ درخواست لازم است.") NewHoliday body) {
        return Response.status(Response.Status.CREATED)
                .entity(DayView.of(calendars.addHoliday(body.date(), body.nameFa(), body.reason()))).build();
    }

    @DELETE
    @Path("{holidayId}")
    @APIResponse(responseCode = "204", description = "The holiday is removed")
    public Response remove(@PathParam("holidayId") long holidayId, @QueryParam("reason") String reason) {
        calendars.removeHoliday(holidayId, reason);
        return Response.noContent().build();
    }
}
