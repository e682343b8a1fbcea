package ir.pishkhan.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock every use case reads "now" from: the system clock in Iran's time zone. Injected
 * rather than called statically so that time-dependent rules can be tested with a controlled
 * clock. Nothing in the production EAR can move it; the test and demo overlay (not part of
 * {@code pishkhan.ear}, see the README) replaces this producer with an adjustable clock.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(TEHRAN);
    }
}
