package ir.pishkhan.schedule.control;

/**
 * Marks the thread while scheduled work runs, so that code shared with people's use cases (e.g.
 * inviting the next applicant when a slot frees) names {@code system} in the audit trail rather
 * than the anonymous identity of a scheduler thread. Set only by {@link CheckInvoker}.
 */
public final class SystemCalls {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private SystemCalls() {
    }

    public static boolean active() {
        return Boolean.TRUE.equals(ACTIVE.get());
    }

    static void run(Runnable work) {
        ACTIVE.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            ACTIVE.remove();
        }
    }
}
