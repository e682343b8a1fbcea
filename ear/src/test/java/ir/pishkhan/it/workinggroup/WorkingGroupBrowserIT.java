package ir.pishkhan.it.workinggroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.SaturatedCounty;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The working-group pages and the province approval screen in Chromium: the secretary schedules
 * a session, sets its agenda and records attendance; a decision without the quorum and then
 * without the members' votes is refused in Persian; a member votes on the page; the secretary
 * recommends revocation; the province official cannot reject without a reason, returns the case
 * for more information, the secretary answers it, and the official approves — after which the
 * licence is revoked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkingGroupBrowserIT extends BrowserTest {

    static final String RATIONALE = "وجوه دستگاه‌ها بارها واریز نشده است.";


    static String persian(long n) {
        StringBuilder s = new StringBuilder();
        for (char ch : Long.toString(n).toCharArray()) {
            s.append((char) ('۰' + (ch - '0')));
        }
        return s.toString();
    }

    void signInAs(String username) {
        driver.manage().deleteAllCookies();
        signIn(username, Api.TEST_PASSWORD);
    }

    /** The secretary tries to record a revocation recommendation and expects this refusal or message. */
    void decide(String expected) {
        choose("session:agenda:0:outcome", "پیشنهاد لغو پروانه");
        WebElement rationale = driver.findElement(By.id("session:agenda:0:rationale"));
        rationale.clear();
        rationale.sendKeys(RATIONALE);
        driver.findElement(By.id("session:agenda:0:decide")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session:messages"), expected));
    }

    /** The panel of our case on the revocations page, found by its licence number. */
    WebElement casePanel(String section, String licenseNumber) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[contains(@id,'cases:" + section
                + ":')][contains(@class,'case')][.//span[contains(@class,'case-license') and normalize-space(text())='"
                + licenseNumber + "']]")));
    }

    /** A screenshot of the whole page, not only the first screenful. */
    void screenshotWholePage(String name) throws Exception {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1366, (int) Math.min(Math.max(height + 150, 900), 3000)));
        Browser.screenshot(driver, name);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Test
    void secretaryDecidesOnThePageAndTheProvinceApprovesOnItsPage() throws Exception {
        SaturatedCounty k = new SaturatedCounty("کارگروه مرورگر");
        JsonObject report = k.noticedReport("RECEIPTS_NOT_REMITTED");
        k.defend(report);
        long reportId = Fixtures.id(report);

        // The secretary schedules today's session on the sessions page and opens it.
        signIn(k.secretaryName, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/wg/sessions.xhtml");
        widgets.typeDate("sessions:date:input", Api.jalaliToday());
        WebElement time = driver.findElement(By.id("sessions:time"));
        time.clear();
        time.sendKeys("09:30");
        driver.findElement(By.id("sessions:place")).sendKeys("سالن شورای اداری");
        driver.findElement(By.id("sessions:schedule")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions:messages"), "برنامه‌ریزی شد"));
        String list = driver.findElement(By.id("sessions:list")).getText();
        assertTrue(list.contains("سالن شورای اداری") && list.contains(Api.jalaliToday()) && list.contains("۰۹:۳۰"), list);
        Browser.screenshot(driver, "40-wg-sessions");
        driver.findElement(By.cssSelector("a.session-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session:saveAttendance")));
        long sessionId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        assertTrue(driver.findElement(By.id("minutes")).getAttribute("href").endsWith("/app/wg/minutes?session=" + sessionId));

        // The report goes on the agenda; with nobody recorded present there is no quorum.
        widgets.chooseStartingWith("session:candidate", "گزارش " + persian(reportId) + " ");
        driver.findElement(By.id("session:addToAgenda")).click();
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session:agenda:0:decide")));
        String agenda = driver.findElement(By.cssSelector(".agenda-item")).getText();
        assertTrue(agenda.contains(k.licenseNumber), agenda);
        assertTrue(agenda.contains("رسید") || agenda.contains("مبلغ اضافه"), "the defence is on the screen: " + agenda);
        assertTrue(agenda.contains("مهلت دفاع تا"), "the defence deadline is on the screen: " + agenda);
        assertTrue(agenda.contains("مجازات پیشنهادی: تعلیق"), "a first CRITICAL offence suggests suspension: " + agenda);
        decide("حد نصاب جلسه فراهم نیست");

        // Everyone attends; deciding before the members voted is refused, in Persian.
        for (WebElement box : driver.findElements(By.cssSelector("#session\\:present .ui-chkbox-box"))) {
            box.click();
        }
        driver.findElement(By.id("session:saveAttendance")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quorumLine"), "۳ از ۳"));
        decide("رأی این اعضای حاضر");

        // Two members vote through the API, the third on the page.
        for (Api m : List.of(k.members.get(0), k.members.get(1))) {
            assertEquals(200, m.put("/api/violations/" + reportId + "/vote", Api.json("outcome", "REVOCATION_RECOMMENDED")).status());
        }
        signInAs(k.memberNames.get(2));
        driver.get(Api.BASE + "/app/wg/session.xhtml?id=" + sessionId);
        choose("session:agenda:0:vote", "پیشنهاد لغو پروانه");
        driver.findElement(By.id("session:agenda:0:castVote")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session:messages"), "رأی شما"));
        assertTrue(driver.findElement(By.cssSelector(".votes")).getText().split("پیشنهاد لغو پروانه", -1).length - 1 >= 3);
        assertTrue(driver.findElements(By.id("session:agenda:0:decide")).isEmpty(), "a member does not record the decision");

        signInAs(k.secretaryName);
        driver.get(Api.BASE + "/app/wg/session.xhtml?id=" + sessionId);
        decide("پرونده برای تصمیم استان");
        assertTrue(driver.findElement(By.cssSelector(".report-status")).getText().contains("پیشنهاد لغو پروانه"));
        assertTrue(driver.findElement(By.cssSelector(".rationale")).getText().contains(RATIONALE));
        screenshotWholePage("41-wg-decision");

        // The province official may not reject without a reason, and returns the case for more.
        signInAs(k.officialName);
        driver.get(Api.BASE + "/app/province/revocations.xhtml");
        WebElement ourCase = casePanel("open", k.licenseNumber);
        assertTrue(ourCase.getText().contains(RATIONALE), ourCase.getText());
        assertTrue(ourCase.getText().contains("کاربر آزمون rv.m3"), "the voters are listed by name: " + ourCase.getText());
        Browser.screenshot(driver, "42-province-approval");
        ourCase.findElement(By.xpath(".//button[contains(@id,'reject')]")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:messages"), "دلیل رد پرونده را بنویسید"));
        casePanel("open", k.licenseNumber).findElement(By.tagName("textarea"))
                .sendKeys("گزارش بازرسی ادارهٔ گاز پیوست شود.");
        casePanel("open", k.licenseNumber).findElement(By.xpath(".//button[contains(@id,'return')]")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:messages"), "به کارگروه بازگشت"));
        assertTrue(casePanel("returned", k.licenseNumber).getText().contains("گزارش بازرسی ادارهٔ گاز پیوست شود."));

        // The secretary sees the returned case of the county and answers it.
        signInAs(k.secretaryName);
        driver.get(Api.BASE + "/app/province/revocations.xhtml");
        WebElement returned = casePanel("returned", k.licenseNumber);
        assertTrue(returned.getText().contains("خواستهٔ استان"), returned.getText());
        returned.findElement(By.tagName("textarea")).sendKeys("گزارش بازرسی ۱۴۰۵/۰۸/۲۰ ادارهٔ گاز پیوست پرونده شد.");
        Browser.screenshot(driver, "43-province-returned-secretary");
        returned.findElement(By.xpath(".//button[contains(@id,'resubmit')]")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:messages"), "دوباره به استان فرستاده شد"));
        assertTrue(casePanel("open", k.licenseNumber).getText().contains("اطلاعات تکمیلی کارگروه"));

        // The province official approves, after confirming.
        signInAs(k.officialName);
        driver.get(Api.BASE + "/app/province/revocations.xhtml");
        casePanel("open", k.licenseNumber).findElement(By.xpath(".//button[contains(@id,'approve')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:messages"), "لغو شد"));
        assertEquals("REVOKED", k.license().getString("status"));
        String history = driver.findElement(By.id("cases:decided")).getText();
        assertTrue(history.contains(k.licenseNumber) && history.contains("تأییدشده"), history);
        Browser.screenshot(driver, "44-province-approved");
    }
}
