package ir.pishkhan.it.calendar;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The working calendar through the API: deadlines across Nowruz (seeded holidays), a province's
 * extra weekly day off and its ad-hoc closure, and a lunar holiday entered by the administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {

    static LocalDate workingDays(Api api, long province, LocalDate from, int days) {
        Api.Answer a = api.get("/api/provinces/" + province + "/calendar/working-days?from=" + from + "&days=" + days);
        assertEquals(200, a.status(), a::toString);
        return LocalDate.parse(a.json().getString("date"));
    }

    @Test
    void threeWorkingDaysFromTheEndOfEsfandLandAfterNowruz() {
        long fars = Fixtures.provinceId("IR-07");
        // 1404/12/27, a Wednesday: 28 Esfand works, 29 Esfand and 1–4 Farvardin are holidays.
        LocalDate filed = LocalDate.of(2026, 3, 18);
        JsonObject answer = Api.admin().get("/api/provinces/" + fars + "/calendar/working-days?from=" + filed + "&days=3").json();
        assertEquals("۱۴۰۵/۰۱/۰۶", answer.getString("dateJalali"));
        JsonObject year = Api.admin().get("/api/provinces/" + fars + "/calendar?year=1405").json();
        assertTrue(year.getJsonArray("holidays").size() >= 10, year::toString);
        assertEquals("[\"FRIDAY\"]", year.getJsonArray("weeklyDaysOff").toString());
    }

    @Test
    void aProvinceWithThursdaysOffAndAClosureCountsBoth() {
        long ardabil = Fixtures.provinceId("IR-24");
        Api admin = Api.admin();
        Api official = Fixtures.login(Fixtures.user("cal.official", "PROVINCE_OFFICIAL", "PROVINCE", ardabil));
        // A week in the future with no public holiday: Saturday to Saturday are all working days but Friday.
        LocalDate saturday = LocalDate.now(ZoneId.of("Asia/Tehran")).plusDays(14).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        while (!workingDays(admin, ardabil, saturday, 6).equals(saturday.plusDays(7))) {
            saturday = saturday.plusDays(7);
        }
        try {
            assertProblem(admin.put("/api/provinces/" + ardabil + "/calendar/days-off",
                    Api.json("reason", "پنجشنبه‌ها تعطیل")), 400, "VALIDATION_FAILED");
            Api.Answer set = admin.put("/api/provinces/" + ardabil + "/calendar/days-off",
                    new Bodies.DaysOff(List.of("THURSDAY", "FRIDAY"), "پنجشنبه‌ها تعطیل"));
            assertEquals(200, set.status(), set::toString);
            Api.Answer closed = official.post("/api/provinces/" + ardabil + "/calendar/closures",
                    Api.json("date", saturday.plusDays(2).toString(), "reason", "برف سنگین"));
            assertEquals(201, closed.status(), closed::toString);
            assertProblem(official.post("/api/provinces/" + ardabil + "/calendar/closures",
                    Api.json("date", saturday.plusDays(2).toString(), "reason", "دوباره")), 409, "CLOSURE_EXISTS");
            assertProblem(official.post("/api/provinces/" + ardabil + "/calendar/closures",
                    Api.json("date", "2020-01-01", "reason", "گذشته")), 400, "CLOSURE_DATE_INVALID");
            // Sun, (Mon closed), Tue, Wed, (Thu, Fri off), Sat.
            assertEquals(saturday.plusDays(7), workingDays(admin, ardabil, saturday, 4));
            // Fars is not affected.
            assertEquals(saturday.plusDays(4), workingDays(admin, Fixtures.provinceId("IR-07"), saturday, 4));
        } finally {
            admin.put("/api/provinces/" + ardabil + "/calendar/days-off", new Bodies.DaysOff(List.of("FRIDAY"), "test cleanup"));
        }
    }

    @Test
    void theAdministratorEntersALunarHolidayAndItCounts() {
        long fars = Fixtures.provinceId("IR-07");
        Api admin = Api.admin();
        LocalDate monday = LocalDate.now(ZoneId.of("Asia/Tehran")).plusDays(60).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        while (!workingDays(admin, fars, monday.minusDays(1), 1).equals(monday)) {
            monday = monday.plusDays(7);
        }
        Api.Answer added = admin.post("/api/holidays", Api.json("date", monday.toString(), "nameFa", "عید فطر", "reason", "تقویم سال"));
        assertEquals(201, added.status(), added::toString);
        assertProblem(admin.post("/api/holidays", Api.json("date", monday.toString(), "nameFa", "دوباره",
                "reason", "تقویم سال")), 409, "HOLIDAY_EXISTS");
        assertEquals(monday.plusDays(1), workingDays(admin, fars, monday.minusDays(1), 1), "the holiday is skipped");
        assertEquals(204, admin.delete("/api/holidays/" + added.json().getJsonNumber("id") + "?reason=test").status());
        assertEquals(monday, workingDays(admin, fars, monday.minusDays(1), 1));
    }
}
