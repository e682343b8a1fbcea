package ir.pishkhan.it.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.audit.control.AuditTerms;
import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Checks;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A change made at 01:00 in Tehran (21:30 UTC the evening before) belongs to Tehran's day
 * everywhere a day is shown: the audit-activity figures, their export, the audit filter by
 * Jalali dates and the auditor's dashboard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TehranDayIT extends BrowserTest {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @AfterEach
    void realTimeAgain() {
        Checks.shiftClock(0);
    }

    @Test
    void aChangeAtOneInTheMorningCountsForTehransDay() throws Exception {
        String auditorName = Fixtures.user("td.auditor", "AUDITOR", "NATIONAL", null);
        Api auditor = Fixtures.login(auditorName);

        // Tomorrow, 01:00 in Tehran: still today by UTC.
        LocalDate day = LocalDate.now(TEHRAN).plusDays(1);
        Instant oneAm = day.atTime(1, 0).atZone(TEHRAN).toInstant();
        Api.Answer moved = Api.admin().put("/api/test/clock", Api.json("at", oneAm.toString()));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(day.toString(), moved.json().getString("today"), "the server's today is Tehran's");

        long countyId = Fixtures.newFarsCounty("شهرستان بامداد", "Dawn");
        String stored = Checks.value("SELECT occurred_at FROM audit_record WHERE action = 'COUNTY_ADDED' AND object_type = 'County'"
                + " AND object_id = ?", String.valueOf(countyId));
        LocalDateTime utc = LocalDateTime.parse(stored.replace(' ', 'T'));
        assertEquals(day.minusDays(1), utc.toLocalDate(), () -> "stored as the UTC evening before: " + stored);

        // The activity of the last day: the change is on Tehran's day, with every change of that kind that day.
        JsonArray lastDay = auditor.get("/api/reports/audit-activity?days=1").array();
        List<JsonObject> added = lastDay.stream().map(v -> (JsonObject) v)
                .filter(a -> a.getString("action").equals("COUNTY_ADDED")).toList();
        assertEquals(1, added.size(), lastDay::toString);
        assertEquals(day.toString(), added.get(0).getString("day"), lastDay::toString);
        // Each day's figure is what the trail holds between that day's Tehran midnights.
        JsonArray month = auditor.get("/api/reports/audit-activity?days=30").array();
        for (LocalDate d : List.of(day, day.minusDays(1))) {
            long shown = month.stream().map(v -> (JsonObject) v)
                    .filter(a -> a.getString("action").equals("COUNTY_ADDED") && a.getString("day").equals(d.toString()))
                    .mapToLong(a -> a.getJsonNumber("count").longValue()).sum();
            assertEquals(countyAdditionsOn(d), shown, () -> d + " in " + month);
        }
        // The export of the same table shows the Jalali day.
        String csv = new String(auditor.download("/api/reports/audit/export?format=csv"), StandardCharsets.UTF_8);
        assertTrue(csv.lines().anyMatch(l -> l.contains(JalaliDates.format(day)) && l.contains(AuditTerms.action("COUNTY_ADDED"))), csv);

        // The audit filter by Jalali dates: on Tehran's day, not on the UTC one.
        String jalaliDay = JalaliDates.format(day);
        JsonObject onTheDay = auditor.get("/api/audit?objectType=County&objectId=" + countyId + "&from=" + enc(jalaliDay)
                + "&to=" + enc(jalaliDay)).json();
        assertEquals(1, onTheDay.getInt("total"), onTheDay::toString);
        String dayBefore = JalaliDates.format(day.minusDays(1));
        JsonObject theDayBefore = auditor.get("/api/audit?objectType=County&objectId=" + countyId + "&from=" + enc(dayBefore)
                + "&to=" + enc(dayBefore)).json();
        assertEquals(0, theDayBefore.getInt("total"), theDayBefore::toString);

        // What the auditor sees: today is Tehran's, and the newest row of the activity is that day.
        try {
            signIn(auditorName, Api.TEST_PASSWORD);
        } catch (RuntimeException e) {
            Browser.screenshot(driver, "tehran-day-sign-in-failed");
            throw new AssertionError("sign-in failed on " + driver.getCurrentUrl() + ": " + driver.getPageSource(), e);
        }
        String header = driver.findElement(By.tagName("body")).getText();
        assertTrue(header.contains("امروز: " + JalaliDates.formatLong(day)), header);
        String firstDay = driver.findElement(By.cssSelector("#deskForm\\:audit tbody tr td")).getText();
        assertEquals(JalaliDates.format(day), firstDay);
        Browser.screenshot(driver, "tehran-day-auditor-dashboard");
    }

    /** COUNTY_ADDED records in the trail from Tehran's midnight starting {@code day} to the next. */
    private static long countyAdditionsOn(LocalDate day) {
        return Checks.number("SELECT COUNT(*) FROM audit_record WHERE action = 'COUNTY_ADDED' AND occurred_at >= ?"
                + " AND occurred_at < ?", utc(day.atStartOfDay(TEHRAN).toInstant()), utc(day.plusDays(1).atStartOfDay(TEHRAN).toInstant()));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
