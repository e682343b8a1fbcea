package ir.pishkhan.shared.time;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline (مهلت) on a case, a complaint or a report: the day it is due and the day its miss was
 * escalated to a supervisor. A missed deadline is escalated once only, so the nightly check can
 * run as often as it likes. The owning entity names the columns with {@code @AttributeOverride}.
 */
@Embeddable
public class Deadline implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "escalated_on")
    private LocalDate escalatedOn;

    protected Deadline() {
        // JPA
    }

    private Deadline(LocalDate dueOn) {
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    }

    /** A deadline falling due on this day, not escalated. */
    public static Deadline on(LocalDate dueOn) {
        return new Deadline(dueOn);
    }

    /** True when the due day has passed (the due day itself still counts as in time). */
    public boolean isMissedOn(LocalDate today) {
        return dueOn != null && today.isAfter(dueOn);
    }

    /**
     * Marks the missed deadline as escalated today; false if it was already escalated, so the
     * nightly check escalates each item once.
     */
    public boolean escalate(LocalDate today) {
        if (escalatedOn != null) {
            return false;
        }
        escalatedOn = Objects.requireNonNull(today, "today");
        return true;
    }

    /**
     * The deadline moved to another day (a case sent back and resubmitted). An escalation already
     * made stays: an item is escalated once ever.
     */
    public Deadline movedTo(LocalDate newDue) {
        Deadline moved = new Deadline(newDue);
        moved.escalatedOn = escalatedOn;
        return moved;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate escalatedOn() {
        return escalatedOn;
    }

    public boolean isEscalated() {
        return escalatedOn != null;
    }
}
