package ir.pishkhan.workinggroup.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the minutes (صورت‌جلسه) of a county working-group session state: the county and province
 * as named then, when and where, the secretary, every member with their display name and whether
 * they attended, the quorum, and per report on the agenda the office, the violation, the
 * defence, each member's vote, the decision, its rationale and when it was taken.
 *
 * <p>At each decision the session keeps these minutes as its frozen record ({@link #frozen}),
 * and every later copy is rendered from that record, never again from today's membership,
 * county names or quorum setting: an official record does not change after the fact.
 *
 * @param producedAt when the minutes were settled (the session's latest decision) or, for a
 *                   draft of a session without a decision yet, when the draft was made
 */
public record MinutesData(String countyFa, String provinceFa, LocalDate sessionDate, String sessionTime,
                          String place, String secretaryName, int members, int quorum,
                          List<Attendee> attendees, List<Item> items, Instant producedAt) implements java.io.Serializable {

    /** A member of the working group and whether they were present. */
    public record Attendee(String username, String displayName, boolean present) implements java.io.Serializable { }

    /**
     * One report on the agenda: the office, the violation, the defence, each vote and the
     * decision; {@code decisionFa} is null while the report awaits its decision.
     */
    public record Item(long reportId, String licenseNumber, String officeName, String categoryFa, String severityFa,
                       String defenceSummary, List<Vote> votes, String decisionFa, String rationale,
                       Instant decidedAt) implements java.io.Serializable {

        public boolean decided() {
            return decisionFa != null;
        }

        /** The item as it may stand in a frozen record before its own decision: its votes may still change. */
        Item withoutVotes() {
            return new Item(reportId, licenseNumber, officeName, categoryFa, severityFa, defenceSummary, List.of(),
                    null, null, null);
        }
    }

    /** One member's vote as shown in the minutes. */
    public record Vote(String username, String displayName, String voteFa) implements java.io.Serializable { }

    /** How many members attended. */
    public long presentCount() {
        return attendees.stream().filter(Attendee::present).count();
    }

    public boolean isPresent(String username) {
        return attendees.stream().anyMatch(a -> a.present() && a.username().equals(username));
    }

    public Optional<Item> item(long reportId) {
        return items.stream().filter(i -> i.reportId() == reportId).findFirst();
    }

    /**
     * The record a decision freezes. {@code earlier} is the record frozen at the session's
     * previous decision (null at its first): its members, attendance, quorum, names and every
     * item it had already decided are kept as they were. {@code now} is the session as it stands
     * after the decision: the items decided since are taken from it with their votes; items still
     * awaiting a decision are kept without votes, since those may yet change.
     */
    public static MinutesData frozen(MinutesData earlier, MinutesData now, Instant at) {
        MinutesData head = earlier == null ? now : earlier;
        Map<Long, Item> items = new LinkedHashMap<>();
        for (Item i : now.items()) {
            items.put(i.reportId(), i.decided() ? i : i.withoutVotes());
        }
        if (earlier != null) {
            earlier.items().stream().filter(Item::decided).forEach(i -> items.put(i.reportId(), i));
        }
        List<Item> ordered = new ArrayList<>(items.values());
        ordered.sort(Comparator.comparingLong(Item::reportId));
        return new MinutesData(head.countyFa(), head.provinceFa(), head.sessionDate(), head.sessionTime(), head.place(),
                head.secretaryName(), head.members(), head.quorum(), head.attendees(), List.copyOf(ordered), at);
    }
}
