package ir.pishkhan.it.license;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Temporary booths (a month a year at most), application search, and the administrator's
 * configurable rules: a policy change applies to the next licence, a fee set for a year is used.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicensingRulesIT {

    @Test
    void boothsSearchAndRules() {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان قواعد", "Rules");
        Fixtures.setCapacity(Fixtures.login(Fixtures.user("ru.official", "PROVINCE_OFFICIAL", "PROVINCE", fars)),
                countyId, "RURAL_ICT", 5);
        Api clerk = Fixtures.login(Fixtures.user("ru.clerk", "POST_CLERK", "COUNTY", countyId));

        // The administrator lengthens rural ICT licences to 7 years; the next licence gets 7.
        Api.Answer policy = Api.admin().put("/api/office-rules/policies/RURAL_ICT", new Bodies.OfficePolicy(7, 90, 30, 30, 3, 20, "مصوبهٔ تازه"));
        try {
            assertEquals(200, policy.status(), policy::toString);
            JsonObject license = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId,
                    "RURAL_ICT", "غرفه‌دار"), Fixtures.office("دفتر روستایی"))).json();
            assertEquals(LocalDate.parse(license.getString("issueDate")).plusYears(7).toString(), license.getString("expiryDate"));

            // Booths: 20 days, then 15 more in the same Jalali year is over a month; overlaps are refused.
            String booths = "/api/licenses/" + license.getJsonNumber("id") + "/booths";
            LocalDate start = firstDayOfNextJalaliMonthInSameYear();
            assertEquals(201, clerk.post(booths, booth(start, start.plusDays(19))).status());
            assertProblem(clerk.post(booths, booth(start.plusDays(5), start.plusDays(6))), 422, "BOOTH_OVERLAPS");
            assertProblem(clerk.post(booths, booth(start.plusDays(25), start.plusDays(39))), 422, "BOOTH_LIMIT");
            assertEquals(201, clerk.post(booths, booth(start.plusDays(25), start.plusDays(34))).status());
            String history = clerk.get("/api/licenses/" + license.getJsonNumber("id")).json().getJsonArray("history").toString();
            assertTrue(history.contains("غرفهٔ موقت"), history);

            // Application search by name and by national code, within scope only.
            String code = Fixtures.nationalCode();
            clerk.post("/api/applications", Fixtures.application(countyId, "RURAL_ICT", "جستجوپذیر").withNationalCode(code));
            assertEquals(1, clerk.get("/api/applications?q=" + URLEncoder.encode("جستجوپذیر", StandardCharsets.UTF_8)).array().size());
            assertEquals(1, clerk.get("/api/applications?q=" + code + "&status=WAITING").array().size());
            String other = Fixtures.user("ru.other", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar"));
            assertEquals(0, Fixtures.login(other).get("/api/applications?q=" + code).array().size());

            // Withdrawal takes the application off the waitlist, once.
            long searchable = clerk.get("/api/applications?q=" + code).array().getJsonObject(0).getJsonNumber("id").longValue();
            assertEquals("WITHDRAWN", clerk.post("/api/applications/" + searchable + "/withdrawal",
                    Api.json("reason", "منصرف شد")).json().getString("status"));
            assertProblem(clerk.post("/api/applications/" + searchable + "/withdrawal", Api.json("reason", "دوباره")),
                    422, "APPLICATION_STATE");

            // A fee set for a year is listed; nonsense is refused.
            assertEquals(200, Api.admin().put("/api/office-rules/fees/RURAL_ICT/1498", Api.json("issuanceFee", 123456789)).status());
            assertTrue(clerk.get("/api/office-rules/fees").body().contains("123456789"));
            assertProblem(Api.admin().put("/api/office-rules/fees/RURAL_ICT/1498", Api.json("issuanceFee", -5)),
                    400, "FEE_INVALID");
        } finally {
            Api.admin().put("/api/office-rules/policies/RURAL_ICT", new Bodies.OfficePolicy(5, 90, 30, 30, 3, 20, "بازگشت"));
        }
    }

    private static String booth(LocalDate from, LocalDate to) {
        return Api.json("place", "نمایشگاه استانی", "from", from.toString(), "to", to.toString(), "approvalRef", "WG-" + Api.unique());
    }

    /** A start date whose next 40 days stay in the same Jalali year (booths never cross a year). */
    private static LocalDate firstDayOfNextJalaliMonthInSameYear() {
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Tehran")).plusDays(1);
        while (ir.pishkhan.shared.jalali.JalaliDates.jalaliYear(start)
                != ir.pishkhan.shared.jalali.JalaliDates.jalaliYear(start.plusDays(40))) {
            start = start.plusDays(1);
        }
        return start;
    }
}
