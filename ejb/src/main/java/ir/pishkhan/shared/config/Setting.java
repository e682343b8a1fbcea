package ir.pishkhan.shared.config;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every deployment setting the application reads, with its type, bounds and default. A setting
 * {@code pishkhan.checks.batch-size} is read through MicroProfile Config: the system property
 * of that name, else the environment variable {@code PISHKHAN_CHECKS_BATCH_SIZE} (dots and
 * dashes become underscores), else its default. The EAR is the same in every environment; only
 * these values differ. {@link SettingsCheck} refuses to start the application when one is
 * malformed, naming the variable.
 */
public enum Setting {

    PUBLIC_URL("pishkhan.public.url", Type.URL, null),

    ADMIN_USERNAME("pishkhan.admin.username", Type.TEXT, "admin"),
    ADMIN_PASSWORD("pishkhan.admin.password", Type.SECRET, null),
    BCRYPT_COST("pishkhan.bcrypt.cost", 12, 4, 31),
    LOGIN_MAX_FAILURES("pishkhan.login.max-failures", 5, 1, 1000),
    LOGIN_LOCK_MINUTES("pishkhan.login.lock-minutes", 15, 1, 525_600),

    MAIL_HOST("pishkhan.mail.host", Type.TEXT, null),
    MAIL_PORT("pishkhan.mail.port", 25, 1, 65_535),
    MAIL_STARTTLS("pishkhan.mail.starttls", Type.FLAG, "false"),
    MAIL_USER("pishkhan.mail.user", Type.TEXT, null),
    MAIL_PASSWORD("pishkhan.mail.password", Type.SECRET, null),
    MAIL_FROM("pishkhan.mail.from", Type.EMAIL, "no-reply@pishkhan.local"),

    SCHEDULER_ENABLED("pishkhan.scheduler.enabled", Type.FLAG, "true"),
    SCHEDULER_THREADS("pishkhan.scheduler.threads", 2, 1, 100),
    SCHEDULER_CHECKIN_MS("pishkhan.scheduler.checkin-ms", 7500, 1000, 3_600_000),
    CHECKS_BATCH_SIZE("pishkhan.checks.batch-size", 200, 1, 100_000),
    CHECKS_BATCH_PAUSE_MS("pishkhan.checks.batch-pause-ms", 0, 0, 600_000),
    INSPECTION_INTERVAL_MONTHS("pishkhan.inspection.interval-months", 6, 1, 120),
    INSPECTION_NOTICE_DAYS("pishkhan.inspection.notice-days", 14, 0, 366),

    VIOLATION_RESPONSE_WORKING_DAYS("pishkhan.violation.response-working-days", 3, 1, 366),
    VIOLATION_DEFENCE_WORKING_DAYS("pishkhan.violation.defence-working-days", 7, 1, 366),
    REVOCATION_DECISION_WORKING_DAYS("pishkhan.revocation.decision-working-days", 10, 1, 366),
    /** The repeat-offence ladder's steps, e.g. {@code WARNING*3=SUSPENSION,SUSPENSION*2=REVOCATION_RECOMMENDED}. */
    VIOLATION_LADDER("pishkhan.violation.ladder", Type.LADDER_STEPS, null),
    /** The points thresholds, e.g. {@code 60=SUSPENSION,100=REVOCATION_RECOMMENDED}. */
    VIOLATION_POINTS_LADDER("pishkhan.violation.points-ladder", Type.LADDER_POINTS, null),
    /** Share of working-group members needed for a quorum, in percent; unset: a majority. */
    WG_QUORUM_PERCENT("pishkhan.wg.quorum-percent", null, 1, 100),
    ATTACHMENT_MAX_PER_REPORT("pishkhan.attachment.max-per-report", 10, 1, 1000),
    ATTACHMENT_MAX_BYTES("pishkhan.attachment.max-bytes", 5 * 1024 * 1024, 1, 20 * 1024 * 1024),
    /**
     * Largest roll-out file (workbook, CSV or zip) an administrator may upload; at most 19 MiB, so
     * the upload with its envelope stays under the listener's 20 MiB request limit.
     */
    IMPORT_MAX_BYTES("pishkhan.import.max-bytes", 15 * 1024 * 1024, 1, 19 * 1024 * 1024),
    /**
     * Rows the roll-out's batch job writes in one transaction (a chunk): larger is faster, smaller
     * holds locks for less time and loses less work to a failure. Read when a job starts or resumes.
     */
    IMPORT_CHUNK("pishkhan.import.chunk", 100, 1, 10_000),

    VERIFICATION_CACHE_SECONDS("pishkhan.verification.cache-seconds", 30, 0, 86_400),
    VERIFICATION_CACHE_SIZE("pishkhan.verification.cache-size", 50_000, 1, 10_000_000),
    PUBLIC_RATE_PER_MINUTE("pishkhan.public.rate-per-minute", 60, 1, 1_000_000),
    PUBLIC_COMPLAINTS_PER_HOUR("pishkhan.public.complaints-per-hour", 5, 1, 1_000_000);

    /** What a value must look like. */
    enum Type { TEXT, SECRET, FLAG, INTEGER, URL, EMAIL, LADDER_STEPS, LADDER_POINTS }

    private static final Pattern STEPS = Pattern.compile("\\s*[A-Z_]+\\s*\\*\\s*\\d+\\s*=\\s*[A-Z_]+\\s*(,\\s*[A-Z_]+\\s*\\*\\s*\\d+\\s*=\\s*[A-Z_]+\\s*)*");
    private static final Pattern POINTS = Pattern.compile("\\s*\\d+\\s*=\\s*[A-Z_]+\\s*(,\\s*\\d+\\s*=\\s*[A-Z_]+\\s*)*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final String key;
    private final Type type;
    private final String defaultValue;
    private final long min;
    private final long max;

    Setting(String key, Type type, String defaultValue) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = Long.MIN_VALUE;
        this.max = Long.MAX_VALUE;
    }

    Setting(String key, Integer defaultValue, long min, long max) {
        this.key = key;
        this.type = Type.INTEGER;
        this.defaultValue = defaultValue == null ? null : String.valueOf(defaultValue);
        this.min = min;
        this.max = max;
    }

    /** The property name, e.g. {@code pishkhan.checks.batch-size}. */
    public String key() {
        return key;
    }

    /** The environment variable that sets it, e.g. {@code PISHKHAN_CHECKS_BATCH_SIZE}. */
    public String variable() {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The value used when nothing sets it, or null (unset). */
    public String defaultValue() {
        return defaultValue;
    }

    /** A password: never shown. */
    public boolean secret() {
        return type == Type.SECRET;
    }

    /** The value as configured (trimmed), or empty when nothing sets it. */
    public Optional<String> configured() {
        return Settings.raw(key);
    }

    /** Where the configured value comes from (the configuration source's name), or empty for the default. */
    public Optional<String> source() {
        return Settings.source(key);
    }

    /** The value as text, or the default (which may be null). */
    public String text() {
        return configured().orElse(defaultValue);
    }

    /** The value as text, empty when neither configured nor defaulted. */
    public Optional<String> optionalText() {
        return Optional.ofNullable(text());
    }

    /** The value of a whole-number setting; a malformed or out-of-range value is an {@link InvalidSetting}. */
    public int integer() {
        return optionalInteger().orElseThrow(() -> new InvalidSetting(this, null, "is required"));
    }

    /** The value of a whole-number setting that may be unset. */
    public Optional<Integer> optionalInteger() {
        String v = text();
        return v == null ? Optional.empty() : Optional.of(parseInteger(v));
    }

    /** The value of a yes/no setting: {@code true} or {@code false}, nothing else. */
    public boolean flag() {
        return parseFlag(text());
    }

    /** Fails with an {@link InvalidSetting} naming the variable unless the configured value fits this setting. */
    public void check() {
        Optional<String> value = configured();
        if (value.isEmpty()) {
            return;
        }
        String v = value.get();
        switch (type) {
            case INTEGER -> parseInteger(v);
            case FLAG -> parseFlag(v);
            case URL -> {
                URI uri;
                try {
                    uri = new URI(v);
                } catch (java.net.URISyntaxException e) {
                    throw new InvalidSetting(this, v, "is not a URL");
                }
                if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                        || uri.getHost() == null) {
                    throw new InvalidSetting(this, v, "is not an http(s) URL such as https://pishkhan.example.ir/pishkhan/");
                }
            }
            case EMAIL -> {
                if (!EMAIL.matcher(v).matches()) {
                    throw new InvalidSetting(this, v, "is not an e-mail address");
                }
            }
            case LADDER_STEPS -> {
                if (!STEPS.matcher(v).matches()) {
                    throw new InvalidSetting(this, v, "must look like WARNING*3=SUSPENSION,SUSPENSION*2=REVOCATION_RECOMMENDED");
                }
            }
            case LADDER_POINTS -> {
                if (!POINTS.matcher(v).matches()) {
                    throw new InvalidSetting(this, v, "must look like 60=SUSPENSION,100=REVOCATION_RECOMMENDED");
                }
            }
            default -> {
                // Free text.
            }
        }
    }

    private int parseInteger(String v) {
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSetting(this, v, "is not a whole number" + range());
        }
        if (n < min || n > max) {
            throw new InvalidSetting(this, v, "is out of range" + range());
        }
        return (int) n;
    }

    private boolean parseFlag(String v) {
        if ("true".equalsIgnoreCase(v.trim())) {
            return true;
        }
        if ("false".equalsIgnoreCase(v.trim())) {
            return false;
        }
        throw new InvalidSetting(this, v, "must be true or false");
    }

    private String range() {
        return " (" + min + " to " + max + ")";
    }

    /** A setting whose configured value does not fit it; the message names the environment variable. */
    public static class InvalidSetting extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        InvalidSetting(Setting setting, String value, String problem) {
            super(setting.variable() + " (" + setting.key() + ")" + (value == null ? "" : " = '" + (setting.secret() ? "…" : value) + "'")
                    + " " + problem);
        }
    }
}
