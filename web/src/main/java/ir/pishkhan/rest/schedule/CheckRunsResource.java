package ir.pishkhan.rest.schedule;

import ir.pishkhan.schedule.boundary.Schedules;
import ir.pishkhan.schedule.entity.CheckRun;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The history of scheduled-check runs, newest first; failed runs and alarms included. */
@Path("schedule/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CheckRunsResource {

    @Inject
    Schedules schedules;

    public record RunView(long id, String check, String node, String firedBy, LocalDate asOf, Instant startedAt,
                          Instant endedAt, int examined, int changed, int alarms, String outcome, String errors) {
        static RunView of(CheckRun r) {
            return new RunView(r.getId(), r.getCheck().name(), r.getNode(), r.getFiredBy().name(), r.getAsOf(),
                    r.getStartedAt(), r.getEndedAt(), r.getExamined(), r.getChanged(), r.getAlarms(),
                    r.getOutcome().name(), r.getErrors());
        }
    }

    @GET
    public List<RunView> runs(@QueryParam("check") String check, @QueryParam("limit") @DefaultValue("50") int limit) {
        return schedules.runs(check, limit).stream().map(RunView::of).toList();
    }
}
