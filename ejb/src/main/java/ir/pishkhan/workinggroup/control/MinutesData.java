package ir.pishkhan.workinggroup.control;

/** What the minutes (صورت‌جلسه) of a county working-group session show. */
public record MinutesData(String countyFa, String provinceFa, java.time.LocalDate sessionDate, String sessionTime,
                          String place, String secretaryName, int members, int quorum,
                          java.util.List<Attendee> attendees, java.util.List<Item> items, java.time.Instant producedAt) implements java.io.Serializable {
    /** A member of the working group and whether they were present. */
    public record Attendee(String displayName, boolean present) implements java.io.Serializable { }
    /** One report on the agenda: the office, the violation, the defence, each vote and the decision. */
    public record Item(long reportId, String licenseNumber, String officeName, String categoryFa, String severityFa,
                       String defenceSummary, java.util.List<Vote> votes, String decisionFa, String rationale) implements java.io.Serializable { }
    /** One member's vote as shown in the minutes. */
    public record Vote(String displayName, String voteFa) implements java.io.Serializable { }
}
