package ir.pishkhan.workinggroup.control;

import jakarta.json.bind.annotation.JsonbProperty;
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
 * <p>Each component names its JSON property: the frozen records kept in the database are a
 * stored format, which must stay readable whatever the components are called later.
 *
 * @param producedAt when the minutes were settled (the session's latest decision) or, for a
 *                   draft of a session without a decision yet, when the draft was made
 */
public record MinutesData(
        @JsonbProperty("countyFa") String countyFa,
        @JsonbProperty("provinceFa") String provinceFa,
        @JsonbProperty("sessionDate") LocalDate sessionDate,
        @JsonbProperty("sessionTime") String sessionTime,
        @JsonbProperty("place") String place,
        @JsonbProperty("secretaryName") String secretaryName,
        @JsonbProperty("members") int members,
        @JsonbProperty("quorum") int quorum,
        @JsonbProperty("attendees") List<Attendee> attendees,
        @JsonbProperty("items") List<Item> items,
        @JsonbProperty("producedAt") Instant producedAt) implements java.io.Serializable {

    /** A member of the working group and whether they were present. */
    public record Attendee(
            @JsonbProperty("username") String username,
            @JsonbProperty("displayName") String displayName,
            @JsonbProperty("present") boolean present) implements java.io.Serializable { }

    /**
     * One report on the agenda: the office, the violation, the defence, each vote and the
     * decision; {@code decisionFa} is null while the report awaits its decision.
     */
    public record Item(
            @JsonbProperty("reportId") long reportId,
            @JsonbProperty("licenseNumber") String licenseNumber,
            @JsonbProperty("officeName") String officeName,
            @JsonbProperty("categoryFa") String categoryFa,
            @JsonbProperty("severityFa") String severityFa,
            @JsonbProperty("defenceSummary") String defenceSummary,
            @JsonbProperty("votes") List<Vote> votes,
            @JsonbProperty("decisionFa") String decisionFa,
            @JsonbProperty("rationale") String rationale,
            @JsonbProperty("decidedAt") Instant decidedAt) implements java.io.Serializable {

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
    public record Vote(
            @JsonbProperty("username") String username,
            @JsonbProperty("displayName") String displayName,
            @JsonbProperty("voteFa") String voteFa) implements java.io.Serializable { }

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
