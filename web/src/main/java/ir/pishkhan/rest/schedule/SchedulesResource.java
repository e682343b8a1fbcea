package ir.pishkhan.rest.schedule;

import ir.pishkhan.schedule.boundary.Schedules;
import ir.pishkhan.schedule.control.QuartzScheduler;
import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.schedule.entity.CheckSchedule;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The scheduled checks for administrators: schedules, next fire times, pause, resume, run now. */
@Path("schedule/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchedulesResource {

    @Inject
    Schedules schedules;

    /** One check's job: when it runs (cron, Tehran time), when it runs next, whether it is paused. */
    public record JobView(String check, String nameFa, String cron, long version, Instant nextFire, Instant previousFire,
                          boolean paused) {
    }

    public record NewCron(@NotBlank(message = "عبارت زمان‌بندی لازم است.") String cron,
                          @NotNull(message = "نسخهٔ زمان‌بندی لازم است.") Long version) {
    }

    @GET
    public List<JobView> jobs() {
        return schedules.jobs().stream().map(j -> view(j, schedules.schedule(j.check().name()))).toList();
    }

    @GET
    @Path("{check}")
    public JobView job(@PathParam("check") String check) {
        CheckSchedule s = schedules.schedule(check);
        return schedules.jobs().stream().filter(j -> j.check() == s.getCheck()).findFirst().map(j -> view(j, s))
                .orElseThrow();
    }

    @POST
    @Path("{check}/pause")
    @APIResponse(responseCode = "204", description = "The check is paused on every node")
    public Response pause(@PathParam("check") String check) {
        schedules.pause(check);
        return Response.noContent().build();
    }

    @POST
    @Path("{check}/resume")
    @APIResponse(responseCode = "204", description = "The check is scheduled again on every node")
    public Response resume(@PathParam("check") String check) {
        schedules.resume(check);
        return Response.noContent().build();
    }

    /** Runs the check now; 202: it runs on whichever node's scheduler takes it, and shows in the history. */
    @POST
    @Path("{check}/runs")
    @APIResponse(responseCode = "202", description = "The run is queued; it shows in the run history")
    public Response runNow(@PathParam("check") String check) {
        schedules.runNow(check);
        return Response.accepted().build();
    }

    @PUT
    @Path("{check}/cron")
    public JobView reschedule(@PathParam("check") String check,
                              @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") NewCron body) {
        schedules.reschedule(check, body.cron(), body.version());
        return job(check);
    }

    static JobView view(QuartzScheduler.JobState j, CheckSchedule s) {
        CheckName c = j.check();
        return new JobView(c.name(), c.persianName(), j.cron(), s == null ? 0 : s.getVersion(), j.nextFire(),
                j.previousFire(), j.paused());
    }
}
