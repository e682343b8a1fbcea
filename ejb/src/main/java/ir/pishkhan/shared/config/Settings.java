package ir.pishkhan.shared.config;

import java.util.Optional;

/**
 * Deployment settings. Each key {@code pishkhan.some.key} is read from the system property of
 * that name, else from the environment variable {@code PISHKHAN_SOME_KEY}, else the default.
 * The EAR is the same in every environment; only these values differ.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public static boolean flag(String key) {
        return get(key).map(Boolean::parseBoolean).orElse(false);
    }

    public static int integer(String key, int defaultValue) {
        return get(key).map(Integer::parseInt).orElse(defaultValue);
    }

    /** Demo mode seeds demo users and data; never on in production. */
    public static boolean demoMode() {
        return flag("pishkhan.demo");
    }
}
