package ir.pishkhan.shared.identity;

/**
 * Marks the thread while scheduled work runs, so that code shared with people's use cases (e.g.
 * inviting the next applicant when a slot frees) names {@link #ACTOR} in the audit trail rather
 * than the anonymous identity of a scheduler thread. Kept in the kernel so that the identity
 * ({@link CurrentActor}, implemented by security) reads the mark without knowing the scheduler;
 * set only by the scheduler's {@code schedule.control.CheckInvoker}.
 */
public final class SystemCalls {

    /** The actor the audit trail names for scheduled and start-up changes. */
    public static final String ACTOR = "system";

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private SystemCalls() {
    }

    public static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }

    /** Runs {@code work} with the thread marked as the system's. */
    public static void run(Runnable work) {
        ACTIVE.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            ACTIVE.remove();
        }
    }
}
