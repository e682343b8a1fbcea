package ir.pishkhan.rest.schedule;

import ir.pishkhan.demo.control.AdjustableClock;
import ir.pishkhan.security.boundary.Users;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.shared.error.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * This node's clock, moved by tests so that "90 days later" can be checked end to end. Part of
 * the test and demo overlay (the demo WAR): the production EAR has no such endpoint, and its
 * clock cannot be moved.
 */
@Path("test/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class TestClockResource {

    @Inject
    AdjustableClock clocks;

    @Inject
    Clock clock;

    @Inject
    Users users;

    /**
     * {@code offsetDays}: how far this node's clock runs ahead of real time (negative: behind),
     * in whole days; {@code now}: the clock's instant when asked.
     */
    public record ClockView(LocalDate today, long offsetDays, Instant now) {
    }

    /** Either {@code offsetDays} from real time, or {@code at}: the instant the clock shows now (it keeps running). */
    public record Shift(Long offsetDays, Instant at) {
    }

    @GET
    public ClockView get() {
        requireNationalAdmin();
        return new ClockView(LocalDate.now(clock), clocks.offset().toDays(), clock.instant());
    }

    @PUT
    public ClockView set(Shift shift) {
        requireNationalAdmin();
        Duration offset;
        if (shift != null && shift.at() != null) {
            offset = Duration.between(Instant.now(), shift.at());
        } else if (shift != null && shift.offsetDays() != null) {
            offset = Duration.ofDays(shift.offsetDays());
        } else {
            throw new jakarta.ws.rs.BadRequestException("offsetDays or at is required");
        }
        if (offset.abs().compareTo(Duration.ofDays(3650)) > 0) {
            throw new jakarta.ws.rs.BadRequestException("offsetDays must be within ±3650");
        }
        clocks.shift(offset);
        return get();
    }

    /** A province administrator holds ADMIN too; the server's clock is national. */
    private void requireNationalAdmin() {
        if (!users.me().holds(Role.ADMIN, ScopeType.NATIONAL)) {
            throw BusinessException.forbidden();
        }
    }
}
