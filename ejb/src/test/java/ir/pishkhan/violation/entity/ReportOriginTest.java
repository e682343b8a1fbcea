package ir.pishkhan.violation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.office.entity.Agency;
import org.junit.jupiter.api.Test;

/** Where a report comes from, and which sources were judged founded before they became a report. */
class ReportOriginTest {

    @Test
    void eachSourceCarriesItsOwnLink() {
        ReportOrigin agency = ReportOrigin.agency(Agency.GAS);
        assertEquals(ReportSource.AGENCY, agency.source());
        assertEquals(Agency.GAS, agency.agency());
        assertFalse(agency.foundedAlready(), "an agency's report waits for the post office's screening");
        ReportOrigin complaint = ReportOrigin.complaint(7);
        assertEquals(7L, complaint.complaintId());
        assertTrue(complaint.foundedAlready());
        ReportOrigin inspection = ReportOrigin.inspection(9);
        assertEquals(9L, inspection.inspectionId());
        assertEquals(null, inspection.complaintId());
        assertTrue(inspection.foundedAlready());
    }
}
