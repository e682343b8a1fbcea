package ir.pishkhan.rest.violation;

import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.violation.control.SanctionLadder;
import ir.pishkhan.violation.entity.Attachment;
import ir.pishkhan.violation.entity.ViolationCategory;
import ir.pishkhan.violation.entity.ViolationReport;
import java.time.LocalDate;
import java.util.List;

/** JSON shapes of violation reports and their parts. Dates come as ISO and as Jalali text. */
public final class ViolationViews {

    private ViolationViews() {
    }

    public record CategoryView(String code, String nameFa, String severity, String severityFa, int points, boolean active,
                               long version) {
        public static CategoryView of(ViolationCategory c) {
            return new CategoryView(c.getCode(), c.getNameFa(), c.getSeverity().name(), c.getSeverity().persianName(),
                    c.getPoints(), c.isActive(), c.getVersion());
        }
    }

    public record ReportView(long id, long countyId, String countyFa, long licenseId, String licenseNumber,
                             String officeName, String category, String categoryFa, String severity, String source,
                             String sourceFa, String agency, String description, LocalDate occurredOn,
                             String reportedBy, String reportedAt, LocalDate responseDue, String responseDueJalali,
                             String status, String statusFa, String screeningNote, LocalDate defenceDue,
                             String defenceDueJalali, String defenceText, String defenceAt, Long sessionId,
                             String decision, String decisionFa, Integer suspensionDays, String rationale,
                             LocalDate decidedOn, Integer points, Long complaintId, Long inspectionId, long version) {
        public static ReportView of(ViolationReport r) {
            return new ReportView(r.getId(), r.getCounty().getId(), r.getCounty().getNameFa(), r.getLicense().getId(),
                    r.getLicense().getNumber(), r.getLicense().getOfficeName(), r.getCategory().getCode(),
                    r.getCategory().getNameFa(), r.getCategory().getSeverity().name(), r.getSource().name(),
                    r.getSource().persianName(), r.getAgency() == null ? null : r.getAgency().name(), r.getDescription(),
                    r.getOccurredOn(), r.getReportedBy(), r.getReportedAt().toString(), r.getResponseDue(),
                    JalaliDates.format(r.getResponseDue()), r.getStatus().name(), r.getStatus().persianName(),
                    r.getScreeningNote(), r.getDefenceDue(), r.getDefenceDue() == null ? null : JalaliDates.format(r.getDefenceDue()),
                    r.getDefenceText(), r.getDefenceAt() == null ? null : r.getDefenceAt().toString(), r.getSessionId(),
                    r.getDecision() == null ? null : r.getDecision().name(),
                    r.getDecision() == null ? null : r.getDecision().persianName(), r.getSuspensionDays(), r.getRationale(),
                    r.getDecidedOn(), r.getPoints(), r.getComplaintId(), r.getInspectionId(), r.getVersion());
        }
    }

    public record AttachmentView(long id, String kind, String fileName, String contentType, int sizeBytes, String sha256,
                                 String uploadedBy, String uploadedAt) {
        public static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getKind().name(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
                    a.getSha256(), a.getUploadedBy(), a.getUploadedAt().toString());
        }
    }

    public record SuggestionView(String outcome, String outcomeFa, int pointsBefore, int pointsWith, List<String> reasonsFa) {
        public static SuggestionView of(SanctionLadder.Suggestion s) {
            return new SuggestionView(s.outcome().name(), s.outcome().persianName(), s.pointsBefore(), s.pointsWith(),
                    s.reasonsFa());
        }
    }
}
