package ir.pishkhan.demo.control;

import ir.pishkhan.shared.time.ClockProducer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of the test and demo overlay: system time in Iran's time zone plus an offset that a
 * test moves through {@code PUT /api/test/clock}, so that "90 days later" can be checked end to
 * end. It replaces {@link ClockProducer}'s clock wherever the overlay is deployed (a selected
 * alternative); the production EAR does not contain it, so its clock cannot be moved.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class AdjustableClock {

    private final ShiftedClock clock = new ShiftedClock(ClockProducer.TEHRAN);

    @Produces
    @Alternative
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** Moves this node's clock to system time plus {@code offset}. */
    public void shift(Duration offset) {
        clock.offset = offset;
    }

    /** How far this node's clock runs ahead of system time (negative: behind). */
    public Duration offset() {
        return clock.offset;
    }

    /** System time plus an offset that is zero unless a test moved it. */
    static final class ShiftedClock extends Clock {
        private final ZoneId zone;
        private volatile Duration offset = Duration.ZERO;

        ShiftedClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return Clock.offset(Clock.system(other), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
