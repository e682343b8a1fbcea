package ir.pishkhan.shared.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reads every {@link Setting} when the application starts and refuses to start (the deployment
 * fails) when one is malformed, naming its environment variable: a typo in a number is found at
 * start-up, not in the middle of a request or a nightly check. Everything else that starts with
 * the application waits for it.
 */
@Singleton
@Startup
public class SettingsCheck {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    @PostConstruct
    void check() {
        List<String> problems = new ArrayList<>();
        List<String> set = new ArrayList<>();
        for (Setting s : Setting.values()) {
            try {
                s.check();
                s.configured().ifPresent(v -> set.add(s.variable()));
            } catch (Setting.InvalidSetting e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Pishkhan cannot start, invalid settings: " + String.join("; ", problems));
        }
        LOG.info(() -> "Settings checked; set for this deployment: " + (set.isEmpty() ? "none (all defaults)" : String.join(", ", set)));
    }
}
