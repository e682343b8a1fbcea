package ir.pishkhan.rest.calendar;

import ir.pishkhan.calendar.boundary.Calendars;
import ir.pishkhan.calendar.entity.Closure;
import ir.pishkhan.calendar.entity.PublicHoliday;
import ir.pishkhan.shared.jalali.JalaliDates;
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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A province's working calendar: its year, where N working days fall, its weekly days off and closures. */
@Path("provinces/{provinceId}/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProvinceCalendarResource {

    static final String BODY_REQUIRED = "بدنهٔ درخواست لازم است.";

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    public record DayView(long id, LocalDate date, String dateJalali, String nameFa) {
        static DayView of(PublicHoliday h) {
            return new DayView(h.getId(), h.getDate(), JalaliDates.format(h.getDate()), h.getNameFa());
        }

        static DayView of(Closure c) {
            return new DayView(c.getId(), c.getDate(), JalaliDates.format(c.getDate()), c.getReason());
        }
    }

    public record YearView(long provinceId, String provinceFa, int jalaliYear, Set<DayOfWeek> weeklyDaysOff,
                           List<DayView> holidays, List<DayView> closures) {
    }

    public record WorkingDay(LocalDate from, int days, LocalDate date, String dateJalali) {
    }

    public record DaysOff(@NotNull(message = "روزهای تعطیل هفتگی لازم است.") Set<DayOfWeek> days, String reason) {
    }

    public record NewClosure(@NotNull(message = "تاریخ تعطیلی لازم است.") LocalDate date, String reason) {
    }

    @GET
    public YearView year(@PathParam("provinceId") long provinceId, @QueryParam("year") Integer year) {
        int y = year == null ? JalaliDates.jalaliYear(LocalDate.now(clock)) : year;
        Calendars.Year v = calendars.year(provinceId, y);
        return new YearView(provinceId, v.province().getNameFa(), y, v.weeklyDaysOff(),
                v.holidays().stream().map(DayView::of).toList(), v.closures().stream().map(DayView::of).toList());
    }

    /** Where {@code days} working days after {@code from} (default today) fall in this province. */
    @GET
    @Path("working-days")
    public WorkingDay workingDays(@PathParam("provinceId") long provinceId, @QueryParam("from") String from,
                                  @QueryParam("days") @DefaultValue("3") int days) {
        LocalDate start;
        try {
            start = from == null || from.isBlank() ? LocalDate.now(clock) : LocalDate.parse(from.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ir.pishkhan.shared.error.BusinessException.invalid("DATE_INVALID",
                    "تاریخ آغاز را به شکل ۲۰۲۶-۱۱-۲۳ (میلادی، ISO) بدهید.", "Give the start date as an ISO date (2026-11-23).");
        }
        LocalDate date = calendars.addWorkingDays(provinceId, start, days);
        return new WorkingDay(start, days, date, JalaliDates.format(date));
    }

    @PUT
    @Path("days-off")
    public Set<DayOfWeek> daysOff(@PathParam("provinceId") long provinceId,
                                  @Valid @NotNull(message = BODY_REQUIRED) DaysOff body) {
        return calendars.setWeeklyDaysOff(provinceId, body.days(), body.reason());
    }

    @POST
    @Path("closures")
    @APIResponse(responseCode = "201", description = "The closure, declared for the province",
            content = @Content(schema = @Schema(implementation = DayView.class)))
    public Response closure(@PathParam("provinceId") long provinceId,
                            @Valid @NotNull(message = BODY_REQUIRED) NewClosure body) {
        return Response.status(Response.Status.CREATED)
                .entity(DayView.of(calendars.declareClosure(provinceId, body.date(), body.reason()))).build();
    }
}
