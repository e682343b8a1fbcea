package ir.pishkhan.shared.config;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * Reads deployment settings through MicroProfile Config, the server's configuration: a key
 * {@code pishkhan.some-key} is the system property of that name, else the environment variable
 * {@code PISHKHAN_SOME_KEY} (MicroProfile Config maps dots and dashes to underscores, which no
 * hand-written mapping did), else the default. Declare every setting in {@link Setting}, which
 * knows its type and default and is checked at start-up; these key-based readers remain for
 * the few places that read a key directly.
 */
public final class Settings {

    private Settings() {
    }

    private static Config config() {
        // The configuration of this module's deployment, whatever thread asks (request, Quartz job).
        return ConfigProvider.getConfig(Settings.class.getClassLoader());
    }

    /** The configured value (trimmed), empty when nothing sets it or it is blank. */
    static Optional<String> raw(String key) {
        return config().getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The name of the configuration source the value comes from, empty when nothing sets it. */
    static Optional<String> source(String key) {
        if (raw(key).isEmpty()) {
            return Optional.empty();
        }
        ConfigValue value = config().getConfigValue(key);
        return Optional.ofNullable(value.getSourceName());
    }

    public static Optional<String> get(String key) {
        return raw(key);
    }

    public static String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public static boolean flag(String key) {
        return get(key).map(Boolean::parseBoolean).orElse(false);
    }

    public static int integer(String key, int defaultValue) {
        Optional<String> value = get(key);
        try {
            return value.map(Integer::parseInt).orElse(defaultValue);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + " = '" + value.get() + "' is not a whole number");
        }
    }
}
