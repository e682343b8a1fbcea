package ir.pishkhan.rest.rollout;

import ir.pishkhan.rollout.boundary.ImportRuns;
import ir.pishkhan.rollout.entity.ImportStatus;
import jakarta.validation.constraints.NotNull;

/** JSON shapes of an import's commit: the request to commit, its progress, the one-time passwords. */
public final class ImportRunViews {

    private ImportRunViews() {
    }

    /** Commit the import as it was shown: {@code version} is the import's version then. */
    public record CommitRequest(@NotNull(message = "نسخهٔ پرونده‌ای را که دیده‌اید بفرستید.") Long version) {
    }

    /**
     * Where the commit stands: status, rows in the file and written, what became of them, per cent
     * done, who committed it and when it started and ended (ISO instants), the import's version, and
     * how many one-time passwords wait to be read ({@code GET …/run/passwords}, once), and whether
     * the job is still at work ({@code jobActive}: after a stop it first finishes its chunk).
     */
    public record ProgressView(long importId, ImportStatus status, String statusFa, int rowsTotal, int rowsDone,
                               int created, int updated, int unchanged, int failed, int percent, String committedBy,
                               String startedAt, String finishedAt, long version, long passwordsWaiting, boolean jobActive) {
        public static ProgressView of(ImportRuns.Progress p) {
            return new ProgressView(p.importId(), p.status(), p.statusFa(), p.rowsTotal(), p.rowsDone(), p.created(),
                    p.updated(), p.unchanged(), p.failed(), p.percent(), p.committedBy(),
                    p.startedAt() == null ? null : p.startedAt().toString(),
                    p.finishedAt() == null ? null : p.finishedAt().toString(), p.version(), p.passwordsWaiting(),
                    p.jobActive());
        }
    }

    /** An imported account's one-time password, to hand over in person; shown once. */
    public record PasswordView(String username, String displayName, String password) {
        public static PasswordView of(ImportRuns.OneTimePassword p) {
            return new PasswordView(p.username(), p.displayName(), p.password());
        }
    }
}
