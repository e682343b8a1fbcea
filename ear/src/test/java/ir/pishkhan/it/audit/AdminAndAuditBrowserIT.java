package ir.pishkhan.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Checks;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In Chromium: an administrator creates an account and grants it a county role from the UI;
 * an auditor filters the audit trail with Jalali dates (typed and picked), is told in Persian
 * when a date does not exist, and verifies the chain.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminAndAuditBrowserIT extends BrowserTest {








    @Test
    void adminCreatesAnAccountAndGrantsACountyRole() throws Exception {
        signIn("admin", Api.DEMO_PASSWORD);
        driver.get(Api.BASE + "/app/admin/users.xhtml");
        String username = "ui." + Api.unique();
        driver.findElement(By.id("users:newUsername")).sendKeys(username);
        driver.findElement(By.id("users:newDisplayName")).sendKeys("کارمند تازهٔ کوار");
        driver.findElement(By.id("users:newPassword")).sendKeys("Ui-Pass-1404");
        driver.findElement(By.id("users:create")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "ساخته شد"));

        // The new account is preselected in the grant form.
        choose("users:grantRole", "کارمند اداره پست شهرستان");
        waitForAjax();
        choose("users:grantProvince", "فارس");
        waitForAjax();
        choose("users:grantCounty", "کوار");
        driver.findElement(By.id("users:grantReason")).sendKeys("استخدام تازه");
        driver.findElement(By.id("users:grant")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "داده شد"));
        Browser.screenshot(driver, "05-admin-users");

        // The rules page lists each office type's rules and the yearly fees.
        driver.get(Api.BASE + "/app/admin/rules.xhtml");
        String policies = driver.findElement(By.id("rules:policies")).getText();
        assertTrue(policies.contains("دفتر پیشخوان خدمات دولت") && policies.contains("دفتر ICT روستایی"), policies);
        assertTrue(driver.findElement(By.id("rules:fees")).getText().contains("۱۴۰۵"));
        Browser.screenshot(driver, "05b-admin-rules");

        JsonObject grant = Api.admin().get("/api/users/" + username).json().getJsonArray("grants").getJsonObject(0);
        assertEquals("POST_CLERK", grant.getString("role"));
        assertEquals("COUNTY", grant.getString("scopeType"));
        assertEquals(Fixtures.countyId("IR-07", "Kavar"), grant.getJsonNumber("scopeId").longValue());
    }

    @Test
    void adminSeesTheSeededHolidaysAndSetsThursdayOffForAProvince() throws Exception {
        signIn("admin", Api.DEMO_PASSWORD);
        driver.get(Api.BASE + "/app/admin/calendar.xhtml");
        String holidays = driver.findElement(By.id("calendar:holidays")).getText();
        assertTrue(holidays.contains("نوروز") && holidays.contains("روز طبیعت"), holidays);
        // The first province in the list (Persian order) gets Thursday off too, then back to Friday only.
        long provinceId = Long.parseLong(driver.findElement(By.cssSelector("#calendar\\:province_input option[selected]"))
                .getAttribute("value"));
        driver.findElement(By.id("calendar:reason")).sendKeys("تعطیلی پنجشنبه‌ها در استان");
        driver.findElement(By.xpath("//label[text()='پنجشنبه']/preceding-sibling::div//div[contains(@class,'ui-chkbox-box')]"
                + " | //label[text()='پنجشنبه']/../div[contains(@class,'ui-chkbox')]//div[contains(@class,'ui-chkbox-box')]")).click();
        driver.findElement(By.id("calendar:saveDaysOff")).click();
        waitForAjax();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:messages"),
                        "روزهای تعطیل هفتگی ذخیره شد"));
        Browser.screenshot(driver, "13-working-calendar");
        String daysOff = Api.admin().get("/api/provinces/" + provinceId + "/calendar").json().getJsonArray("weeklyDaysOff").toString();
        assertTrue(daysOff.contains("THURSDAY") && daysOff.contains("FRIDAY"), daysOff);
        assertEquals(200, Api.admin().put("/api/provinces/" + provinceId + "/calendar/days-off",
                new Bodies.DaysOff(List.of("FRIDAY"), "test cleanup")).status());
    }

    @Test
    void adminRunsAPausesAndResumesScheduledChecksAndSeesTheirHistory() throws Exception {
        signIn("admin", Api.DEMO_PASSWORD);
        driver.get(Api.BASE + "/app/admin/schedule.xhtml");
        String jobs = driver.findElement(By.id("schedule:jobs")).getText();
        assertTrue(jobs.contains("یادآوری تمدید پروانه") && jobs.contains("بازشماری ظرفیت اشغال‌شده"), jobs);
        assertEquals(9, driver.findElements(By.cssSelector("#schedule\\:jobs_data > tr")).size());

        // Run the occupancy recount now: its run appears in the history with the counts.
        long before = Checks.latestRunId(Api.admin(), "OCCUPANCY_RECOUNT");
        driver.findElement(By.xpath("//tbody[@id='schedule:jobs_data']/tr[td[contains(., 'بازشماری ظرفیت')]]"
                + "//button[contains(@id, ':run')]")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedule:messages"), "همین حالا اجرا می‌شود"));
        // Until the run is finished (the page shows runs as they are recorded), refresh the history.
        wait.until(d -> Checks.latestRunId(Api.admin(), "OCCUPANCY_RECOUNT") != before
                && Checks.runFinished(Api.admin(), "OCCUPANCY_RECOUNT"));
        driver.findElement(By.id("schedule:refresh")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedule:runs"), "مدیر سامانه"));

        // Pause and resume the expiry check.
        String expiryRow = "//tbody[@id='schedule:jobs_data']/tr[td[contains(., 'انقضای پروانه‌های گذشته')]]";
        driver.findElement(By.xpath(expiryRow + "//button[contains(@id, ':pause')]")).click();
        waitForAjax();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(expiryRow + "//button[contains(@id, ':resume')]")));
        assertTrue(driver.findElement(By.xpath(expiryRow)).getText().contains("متوقف"));
        assertTrue(Api.admin().get("/api/schedule/jobs/EXPIRY").json().getBoolean("paused"));
        Browser.screenshot(driver, "14-scheduled-checks");
        driver.findElement(By.xpath(expiryRow + "//button[contains(@id, ':resume')]")).click();
        waitForAjax();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(expiryRow + "//button[contains(@id, ':pause')]")));
        assertTrue(!Api.admin().get("/api/schedule/jobs/EXPIRY").json().getBoolean("paused"));
    }

    @Test
    void auditorFiltersByJalaliDatesAndVerifiesTheChain() throws Exception {
        signIn("auditor", Api.DEMO_PASSWORD);
        driver.get(Api.BASE + "/app/audit/trail.xhtml");
        WebElement from = driver.findElement(By.id("audit:from:input"));

        // The Jalali date picker opens on the field.
        from.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("jdp-container")));
        Browser.screenshot(driver, "06-audit-datepicker");
        widgets.closeCalendar();

        // 1397 is not a leap year: Esfand has no 30th.
        from.clear();
        from.sendKeys("۱۳۹۷/۱۲/۳۰");
        widgets.closeCalendar();
        driver.findElement(By.id("audit:search")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:messages"), "معتبر نیست"));

        // Today, typed in Persian digits, finds today's records (at least the sign-in lock-outs
        // and accounts other tests made, and the demo accounts).
        String today = Api.jalaliToday();
        driver.findElement(By.id("audit:from:input")).clear();
        driver.findElement(By.id("audit:from:input")).sendKeys(today);
        driver.findElement(By.id("audit:to:input")).clear();
        driver.findElement(By.id("audit:to:input")).sendKeys(today);
        widgets.closeCalendar();
        driver.findElement(By.id("audit:search")).click();
        waitForAjax();
        String table = driver.findElement(By.id("audit:records")).getText();
        assertTrue(table.contains("ایجاد حساب کاربری") || table.contains("اعطای نقش"), table);

        driver.findElement(By.id("audit:verify")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:verification"), "سالم است"));
        Browser.screenshot(driver, "07-audit-trail");
    }

    @Test
    void gasReporterSeesAndSuspendsItsAgencysContract() throws Exception {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان گاز", "Gas");
        Fixtures.setCapacity(Fixtures.login(Fixtures.user("g.official", "PROVINCE_OFFICIAL", "PROVINCE", fars)),
                countyId, "GOVERNMENT_COUNTER", 1);
        Api clerk = Fixtures.login(Fixtures.user("g.clerk", "POST_CLERK", "COUNTY", countyId));
        String office = "دفتر گازی " + Api.unique();
        long licenseId = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId,
                "GOVERNMENT_COUNTER", "گازی"), Fixtures.office(office))).json().getJsonNumber("id").longValue();
        clerk.post("/api/licenses/" + licenseId + "/contracts", Api.json("agency", "GAS", "services", "انشعاب گاز"));

        signIn(Fixtures.user("g.reporter", "AGENCY_REPORTER", "PROVINCE", fars), Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/contracts/mine.xhtml");
        String list = driver.findElement(By.id("contracts:list")).getText();
        assertTrue(list.contains(office), list);
        driver.findElement(By.id("contracts:reason")).sendKeys("بدهی معوق");
        org.openqa.selenium.WebElement row = driver.findElement(By.xpath(
                "//span[@class='office-name' and text()='" + office + "']/ancestor::tr"));
        row.findElement(By.xpath(".//button[contains(@id, ':suspend')]")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contracts:messages"), "معلق شد"));
        Browser.screenshot(driver, "12-agency-contracts");
        assertEquals("SUSPENDED", clerk.get("/api/licenses/" + licenseId + "/contracts").array().getJsonObject(0).getString("status"));
    }
}
