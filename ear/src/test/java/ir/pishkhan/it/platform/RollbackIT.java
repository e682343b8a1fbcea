package ir.pishkhan.it.platform;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Database;
import ir.pishkhan.it.support.Fixtures;
import java.sql.Connection;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A use case is one transaction: when its last step (the audit record) fails, the licence, the
 * application, the payment and the taken slot all roll back with it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RollbackIT {

    @Test
    void aFailedAuditWriteRollsTheWholeIssuanceBack() throws Exception {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان برگشت", "Rollback");
        Fixtures.setCapacity(Fixtures.login(Fixtures.user("rb.official", "PROVINCE_OFFICIAL", "PROVINCE", fars)),
                countyId, "GOVERNMENT_COUNTER", 3);
        String clerkName = Fixtures.user("rb.clerk", "POST_CLERK", "COUNTY", countyId);
        Api clerk = Fixtures.login(clerkName);
        Bodies.DirectLicense issuance = Fixtures.directLicense(Fixtures.application(countyId, "GOVERNMENT_COUNTER", "برگشتی"), Fixtures.office("دفتر"));

        // Make the audit trail refuse exactly this use case's record, as a failing disk or a
        // broken connection would at that point.
        try (Connection c = Database.connect()) {
            c.createStatement().execute("CREATE TRIGGER it_refuse_issuance BEFORE INSERT ON audit_record FOR EACH ROW"
                    + " BEGIN IF NEW.action = 'LICENSE_ISSUED' AND NEW.actor = '" + clerkName + "' THEN"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit store unavailable'; END IF; END");
            try {
                Api.Answer failed = clerk.post("/api/licenses/direct", issuance);
                assertProblem(failed, 500, "INTERNAL_ERROR");
            } finally {
                c.createStatement().execute("DROP TRIGGER it_refuse_issuance");
            }
        }
        assertEquals(0, Database.count("SELECT COUNT(*) FROM license WHERE county_id = ?", countyId));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM application WHERE county_id = ?", countyId));
        assertEquals(0, Fixtures.capacity(clerk, countyId, "GOVERNMENT_COUNTER").getInt("occupied"));

        // With the audit trail healthy again, the same request succeeds, and the chain is intact.
        assertEquals(201, clerk.post("/api/licenses/direct", issuance.withReceiptRef("R-" + Api.unique())).status());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM license WHERE county_id = ?", countyId));
        assertEquals(true, Api.as("auditor", Api.DEMO_PASSWORD).get("/api/audit/verification").json().getBoolean("intact"));
    }

}
