package ir.pishkhan.violation.entity;

import ir.pishkhan.office.entity.Agency;

/**
 * Where a violation report comes from: an agency's reporter (with the agency), an accepted
 * complaint or an inspection (with its id), or a system check.
 */
public record ReportOrigin(ReportSource source, Agency agency, Long complaintId, Long inspectionId)
        implements java.io.Serializable {

    public static ReportOrigin agency(Agency agency) {
        return new ReportOrigin(ReportSource.AGENCY, agency, null, null);
    }

    public static ReportOrigin complaint(long complaintId) {
        return new ReportOrigin(ReportSource.COMPLAINT, null, complaintId, null);
    }

    public static ReportOrigin inspection(long inspectionId) {
        return new ReportOrigin(ReportSource.INSPECTION, null, null, inspectionId);
    }

    /** Already judged founded by the post office that accepted the complaint or inspected the office. */
    public boolean foundedAlready() {
        return source == ReportSource.COMPLAINT || source == ReportSource.INSPECTION;
    }
}
