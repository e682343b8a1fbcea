package ir.pishkhan.it.license;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service contracts: the clerk records an office's contracts; a gas-company reporter of the
 * province suspends and ends the gas contract, and may touch neither another agency's contract
 * nor one outside their province.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContractsIT {

    @Test
    void onlyTheAgencysOwnReporterSuspendsOrEndsItsContract() {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان قرارداد", "Contracts");
        Fixtures.setCapacity(Fixtures.login(Fixtures.user("ct.official", "PROVINCE_OFFICIAL", "PROVINCE", fars)),
                countyId, "GOVERNMENT_COUNTER", 1);
        Api clerk = Fixtures.login(Fixtures.user("ct.clerk", "POST_CLERK", "COUNTY", countyId));
        long licenseId = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId,
                "GOVERNMENT_COUNTER", "قراردادی"), Fixtures.office("دفتر"))).json().getJsonNumber("id").longValue();
        String contracts = "/api/licenses/" + licenseId + "/contracts";
        long gas = clerk.post(contracts, Api.json("agency", "GAS", "services", "قبض و انشعاب گاز", "since", "2025-02-01"))
                .json().getJsonNumber("id").longValue();
        long water = clerk.post(contracts, Api.json("agency", "WATER", "services", "قبض آب")).json().getJsonNumber("id").longValue();
        assertProblem(clerk.post(contracts, Api.json("agency", "GAS", "services", "دوباره")), 409, "CONTRACT_EXISTS");

        Api farsGas = Fixtures.login(Fixtures.user("ct.gas", "AGENCY_REPORTER", "PROVINCE", fars));
        Api ardabilGas = Fixtures.login(Fixtures.user("ct.agas", "AGENCY_REPORTER", "PROVINCE", Fixtures.provinceId("IR-24")));
        String reason = Api.json("reason", "بدهی معوق");
        assertProblem(farsGas.post("/api/contracts/" + water + "/suspension", reason), 403, "ACCESS_DENIED");
        assertProblem(ardabilGas.post("/api/contracts/" + gas + "/suspension", reason), 403, "ACCESS_DENIED");
        assertEquals("SUSPENDED", farsGas.post("/api/contracts/" + gas + "/suspension", reason).json().getString("status"));
        assertEquals("ENDED", farsGas.post("/api/contracts/" + gas + "/termination", reason).json().getString("status"));
        assertProblem(farsGas.post("/api/contracts/" + gas + "/suspension", reason), 422, "CONTRACT_STATE");

        List<String> statuses = clerk.get(contracts).array().stream().map(c -> ((JsonObject) c).getString("agency") + ":"
                + ((JsonObject) c).getString("status")).toList();
        assertEquals(List.of("GAS:ENDED", "WATER:ACTIVE"), statuses);

        // A reporter's grant always names its agency.
        String reporter = "noagency." + Api.unique();
        Api.admin().post("/api/users", Api.json("username", reporter, "displayName", "گزارشگر", "password", Api.TEST_PASSWORD));
        assertProblem(Api.admin().post("/api/users/" + reporter + "/grants",
                Api.json("role", "AGENCY_REPORTER", "scopeType", "PROVINCE", "scopeId", fars)), 400, "GRANT_AGENCY_INVALID");
    }
}
