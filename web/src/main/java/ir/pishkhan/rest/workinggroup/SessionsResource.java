package ir.pishkhan.rest.workinggroup;

import ir.pishkhan.rest.violation.ViolationViews.ReportView;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.workinggroup.boundary.WorkingGroups;
import ir.pishkhan.workinggroup.entity.WgSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Working-group sessions of a county: scheduling, agenda, attendance, minutes. */
@Path("wg-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

    static final String BODY_REQUIRED = "بدنهٔ درخواست لازم است.";

    @Inject
    WorkingGroups workingGroups;

    public record NewSession(@NotNull(message = "شهرستان را مشخص کنید.") Long countyId,
                             @NotNull(message = "تاریخ جلسه لازم است.") LocalDate date,
                             @NotBlank(message = "ساعت جلسه لازم است.") String time,
                             @NotBlank(message = "محل جلسه لازم است.") String place) {
    }

    public record AgendaItem(@NotNull(message = "گزارش را مشخص کنید.") Long reportId) {
    }

    public record Attendance(@NotNull(message = "فهرست حاضران لازم است.") List<String> present) {
    }

    public record MemberView(String username, String displayName, Boolean present) {
    }

    /**
     * A session. Once it has decided, {@code members}, {@code quorum}, {@code present} and the
     * attendance are those its minutes froze, and {@code minutesSha256} is the SHA-256 of the
     * minutes' PDF (as kept in the decision's audit record).
     */
    public record SessionView(long id, long countyId, String countyFa, LocalDate date, String dateJalali, String time,
                              String place, String status, int members, int quorum, long present,
                              List<MemberView> attendance, List<ReportView> agenda,
                              Map<Long, List<ir.pishkhan.rest.violation.ViolationsResource.VoteView>> votes, long version,
                              String minutesSha256) {
        static SessionView of(WgSession s) {
            return new SessionView(s.getId(), s.getCounty().getId(), s.getCounty().getNameFa(), s.getDate(),
                    JalaliDates.format(s.getDate()), s.getTime(), s.getPlace(), s.getStatus().name(), 0, 0,
                    s.presentCount(), null, null, null, s.getVersion(), s.getMinutesSha256());
        }

        static SessionView of(WorkingGroups.SessionView v) {
            WgSession s = v.session();
            Map<Long, List<ir.pishkhan.rest.violation.ViolationsResource.VoteView>> votes = new java.util.LinkedHashMap<>();
            v.votes().forEach((report, list) -> votes.put(report, list.stream()
                    .map(x -> new ir.pishkhan.rest.violation.ViolationsResource.VoteView(x.getReportId(), x.getUsername(),
                            x.getVote().name(), x.getVote().persianName(), x.getSuspensionDays(), x.getCastAt().toString()))
                    .toList()));
            return new SessionView(s.getId(), s.getCounty().getId(), s.getCounty().getNameFa(), s.getDate(),
                    JalaliDates.format(s.getDate()), s.getTime(), s.getPlace(), s.getStatus().name(), v.members().size(),
                    v.quorum(), v.present(), v.members().stream().map(m -> new MemberView(m.username(), m.displayName(),
                            s.getAttendance().containsKey(m.username()) ? s.isPresent(m.username()) : null)).toList(),
                    v.agenda().stream().map(ReportView::of).toList(), votes, s.getVersion(), v.minutesSha256());
        }
    }

    @POST
    @APIResponse(responseCode = "201", description = "The session, scheduled for the county's working group",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response schedule(@Valid @NotNull(message = BODY_REQUIRED) NewSession body) {
        WgSession s = workingGroups.schedule(body.countyId(), body.date(), body.time(), body.place());
        return Response.status(Response.Status.CREATED).entity(SessionView.of(workingGroups.session(s.getId()))).build();
    }


    @GET
    @Path("{sessionId}")
    public SessionView get(@PathParam("sessionId") long sessionId) {
        return SessionView.of(workingGroups.session(sessionId));
    }

    @POST
    @Path("{sessionId}/agenda")
    public SessionView addToAgenda(@PathParam("sessionId") long sessionId,
                                   @Valid @NotNull(message = BODY_REQUIRED) AgendaItem body) {
        workingGroups.addToAgenda(sessionId, body.reportId());
        return SessionView.of(workingGroups.session(sessionId));
    }

    @PUT
    @Path("{sessionId}/attendance")
    public SessionView attendance(@PathParam("sessionId") long sessionId,
                                  @Valid @NotNull(message = BODY_REQUIRED) Attendance body) {
        workingGroups.recordAttendance(sessionId, body.present());
        return SessionView.of(workingGroups.session(sessionId));
    }

    /** The session's minutes as a Persian PDF. */
    @GET
    @Path("{sessionId}/minutes")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The minutes of the session (صورت‌جلسه)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response minutes(@PathParam("sessionId") long sessionId) {
        return Response.ok(workingGroups.minutes(sessionId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"minutes-" + sessionId + ".pdf\"").build();
    }
}
