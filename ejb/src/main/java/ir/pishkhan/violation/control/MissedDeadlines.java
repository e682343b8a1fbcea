package ir.pishkhan.violation.control;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.notification.control.Outbox;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.shared.identity.SystemCalls;
import ir.pishkhan.schedule.control.Check;
import ir.pishkhan.schedule.entity.CheckName;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Check 5 — missed deadlines (مهلت‌های گذشته): a report not screened by its response date, a
 * complaint not answered by its due date, an open revocation case not decided by its due date.
 * Each is marked overdue-and-escalated once, and its named supervisors are told: the province
 * officials for county work, the national administrators for a province's case.
 *
 * <p>The items are each owning context's: they come in as {@link MissedDeadlinePart}s found
 * through CDI (reports here, complaints and cases in their own contexts), one part each, in
 * their {@link MissedDeadlinePart#order() order}. This check records the escalation and queues
 * the messages for all of them.
 */
@Dependent
public class MissedDeadlines implements Check {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Instance<MissedDeadlinePart> parts;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    /** The parts, resolved once per instance of the check and kept in their order. */
    private List<MissedDeadlinePart> ordered;

    @Override
    public CheckName name() {
        return CheckName.MISSED_DEADLINES;
    }

    @Override
    public List<String> parts() {
        return ordered().stream().map(MissedDeadlinePart::name).toList();
    }

    @Override
    public List<Long> next(String part, LocalDate today, long afterId, int limit) {
        return part(part).next(today, afterId, limit);
    }

    @Override
    public Effect process(String part, long id, LocalDate today) {
        return part(part).escalate(id, today).map(missed -> escalated(missed, today)).orElse(Effect.UNCHANGED);
    }

    private List<MissedDeadlinePart> ordered() {
        if (ordered == null) {
            ordered = parts.stream().sorted(Comparator.comparingInt(MissedDeadlinePart::order)).toList();
        }
        return ordered;
    }

    private MissedDeadlinePart part(String name) {
        return ordered().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }

    private Effect escalated(MissedDeadlinePart.Missed missed, LocalDate today) {
        em.flush();
        County county = missed.county();
        LocalDate due = missed.due();
        List<String> names = missed.supervisors().stream().map(UserAccount::getUsername).toList();
        audit.record(SystemCalls.ACTOR, new AuditLog.Change("DEADLINE_ESCALATED", missed.type(), missed.id(),
                county.getProvince().getId(), county.getId(), Map.of("due", due.toString()),
                Map.of("escalatedOn", today.toString(), "supervisors", String.join(",", names)), "مهلت سپری شد"));
        for (UserAccount u : missed.supervisors()) {
            outbox.queue("DEADLINE_ESCALATED:" + missed.type() + ":" + missed.id() + ":" + u.getUsername(),
                    Outbox.Recipient.person(u.getUsername(), u.getEmail(), u.getMobile()), "DEADLINE_ESCALATED",
                    Map.of("supervisor", u.getDisplayName(), "item", missed.itemFa(), "county", county.getNameFa(),
                            "due", JalaliDates.format(due)));
        }
        return Effect.CHANGED;
    }
}
