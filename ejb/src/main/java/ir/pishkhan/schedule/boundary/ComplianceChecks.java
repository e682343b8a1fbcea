package ir.pishkhan.schedule.boundary;

import ir.pishkhan.schedule.control.Check;
import ir.pishkhan.schedule.control.CheckBatches;
import ir.pishkhan.schedule.control.CheckRuns;
import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.schedule.entity.CheckRun;
import ir.pishkhan.shared.config.Setting;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one scheduled check for today: walks its items in id order, a batch at a time, each
 * batch in its own transaction, and records the run (start, end, items examined and changed,
 * alarms, outcome, errors). Only the scheduler calls it, in the {@code SYSTEM} role; an
 * administrator's "run now" goes through the scheduler too, so there is one path.
 */
@Stateless
@DeclareRoles(ComplianceChecks.SYSTEM_ROLE)
@RolesAllowed(ComplianceChecks.SYSTEM_ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ComplianceChecks {

    /** The role scheduled work runs in; never granted to a person. */
    public static final String SYSTEM_ROLE = "SYSTEM";

    private static final Logger LOG = Logger.getLogger(ComplianceChecks.class.getName());
    private static final int MAX_ERRORS = 10;

    @Inject
    @Any
    Instance<Check> checks;

    @Inject
    CheckBatches batches;

    @Inject
    CheckRuns runs;

    @Inject
    Clock clock;

    public void run(CheckName name, CheckRun.FiredBy firedBy, String node) {
        Check check = checks.stream().filter(c -> c.name() == name).findFirst()
                .orElseThrow(() -> new IllegalStateException("No check named " + name));
        LocalDate today = LocalDate.now(clock);
        int batchSize = Setting.CHECKS_BATCH_SIZE.integer();
        long pauseMs = Setting.CHECKS_BATCH_PAUSE_MS.integer();
        if (name == CheckName.NOTIFICATION_DELIVERY && firedBy == CheckRun.FiredBy.SCHEDULE
                && check.parts().stream().allMatch(p -> batches.next(check, p, today, 0, 1).isEmpty())) {
            return; // Every minute: an idle delivery run is not worth a history row.
        }
        long runId = runs.start(name, node, firedBy, today);
        CheckBatches.Tally total = CheckBatches.Tally.NONE;
        List<String> errors = new ArrayList<>();
        boolean failed = false;
        try {
            for (String part : check.parts()) {
                long after = 0;
                while (true) {
                    List<Long> ids = batches.next(check, part, today, after, batchSize);
                    if (ids.isEmpty()) {
                        break;
                    }
                    try {
                        total = total.plus(batches.batch(check, part, ids, today));
                    } catch (RuntimeException batchFailed) {
                        // Redo the batch item by item, so only the bad item is left for next time.
                        for (long id : ids) {
                            try {
                                total = total.plus(batches.single(check, part, id, today));
                            } catch (RuntimeException e) {
                                failed = true;
                                total = total.plus(new CheckBatches.Tally(1, 0, 0, List.of()));
                                if (errors.size() < MAX_ERRORS) {
                                    errors.add(describe(part, id, e));
                                }
                            }
                        }
                    }
                    after = ids.get(ids.size() - 1);
                    if (pauseMs > 0) {
                        Thread.sleep(pauseMs);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed = true;
            errors.add("interrupted");
        } catch (RuntimeException e) {
            failed = true;
            errors.add(describe("", 0, e));
            LOG.log(Level.WARNING, "Check " + name + " failed", e);
        }
        List<String> lines = new ArrayList<>(errors);
        lines.addAll(total.notes());
        runs.finish(runId, total, String.join("\n", lines), failed);
    }

    private static String describe(String part, long id, Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root instanceof ir.pishkhan.shared.error.BusinessException be ? be.code() + ": " + be.getMessage()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return (part.isEmpty() ? "" : part + " ") + (id == 0 ? "" : "#" + id + " ") + what;
    }
}
