package ir.pishkhan.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock every use case reads "now" from, in Iran's time zone. Injected rather than
 * called statically so that time-dependent rules can be tested with a controlled clock.
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
