package ir.pishkhan.shared.time;

import ir.pishkhan.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one clock every use case reads "now" from, in Iran's time zone. Injected rather than
 * called statically so that time-dependent rules can be tested with a controlled clock.
 *
 * <p>On a server started with {@code pishkhan.clock.adjustable=true} (the integration-test
 * servers only) the clock can be moved forward or back through {@link #shift(Duration)}, so a
 * test can let 90 days pass and watch the nightly checks act. Elsewhere it is the system clock
 * and cannot be moved.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private final ShiftedClock clock = new ShiftedClock(TEHRAN);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    public static boolean adjustable() {
        return Setting.CLOCK_ADJUSTABLE.flag();
    }

    /** Moves this node's clock to system time plus {@code offset}; refused unless adjustable. */
    public void shift(Duration offset) {
        if (!adjustable()) {
            throw new IllegalStateException("The clock is not adjustable on this server.");
        }
        clock.offset = offset;
    }

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
