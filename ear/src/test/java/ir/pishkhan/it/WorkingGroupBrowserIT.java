package ir.pishkhan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The working-group decision screen and the province approval screen in Chromium: the secretary
 * records attendance and the agenda, a decision without the members' votes is refused in Persian,
 * a member votes on the page, the secretary recommends revocation, and the province official
 * approves it — after which the licence is revoked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkingGroupBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

    /** Picks an option of a PrimeFaces select-one menu by its label. */
    void choose(String menuId, String label) {
        driver.findElement(By.id(menuId)).click();
        String panel = "#" + menuId.replace(":", "\\:") + "_panel";
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(panel + " li[data-label='" + label + "']"))).click();
    }

    @Test
    void secretaryDecidesOnThePageAndTheProvinceApprovesOnItsPage() throws Exception {
        RevocationStoryIT.County k = new RevocationStoryIT.County("کارگروه مرورگر");
        JsonObject report = k.noticedReport("RECEIPTS_NOT_REMITTED");
        k.defend(report);
        long reportId = RevocationStoryIT.id(report);
        Api.Answer session = k.secretary.post("/api/wg-sessions", Api.json("countyId", k.id, "date",
                LocalDate.now(ZoneId.of("Asia/Tehran")).toString(), "time", "09:30", "place", "سالن شورای اداری"));
        assertEquals(201, session.status(), session::toString);
        long sessionId = session.json().getJsonNumber("id").longValue();

        // The secretary opens the session from the list, records attendance, sets the agenda.
        signIn(k.secretaryName, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/wg/sessions.xhtml");
        assertTrue(driver.findElement(By.id("sessions:list")).getText().contains("سالن شورای اداری"));
        driver.findElement(By.cssSelector("a.session-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session:saveAttendance")));
        for (WebElement box : driver.findElements(By.cssSelector("#session\\:present .ui-chkbox-box"))) {
            box.click();
        }
        driver.findElement(By.id("session:saveAttendance")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quorumLine"), "۳ از ۳"));
        driver.findElement(By.id("session:candidate")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[@id='session:candidate_panel']//li[starts-with(@data-label, '" + reportId + " ')]"))).click();
        driver.findElement(By.id("session:addToAgenda")).click();
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session:agenda:0:decide")));
        String agenda = driver.findElement(By.cssSelector(".agenda-item")).getText();
        assertTrue(agenda.contains("رسید") || agenda.contains("مبلغ اضافه"), "the defence is on the screen: " + agenda);
        assertTrue(agenda.contains("مجازات پیشنهادی: تعلیق"), "a first CRITICAL offence suggests suspension: " + agenda);

        // Deciding before the members voted is refused, in Persian.
        choose("session:agenda:0:outcome", "پیشنهاد لغو پروانه");
        driver.findElement(By.id("session:agenda:0:rationale")).sendKeys("وجوه دستگاه‌ها بارها واریز نشده است.");
        driver.findElement(By.id("session:agenda:0:decide")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session:messages"), "رأی این اعضای حاضر"));

        // Two members vote through the API, the third on the page.
        for (Api m : List.of(k.members.get(0), k.members.get(1))) {
            assertEquals(200, m.put("/api/violations/" + reportId + "/vote", Api.json("outcome", "REVOCATION_RECOMMENDED")).status());
        }
        driver.manage().deleteAllCookies();
        signIn(k.memberNames.get(2), Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/wg/session.xhtml?id=" + sessionId);
        choose("session:agenda:0:vote", "پیشنهاد لغو پروانه");
        driver.findElement(By.id("session:agenda:0:castVote")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session:messages"), "رأی شما"));
        assertTrue(driver.findElement(By.cssSelector(".votes")).getText().split("پیشنهاد لغو پروانه", -1).length - 1 >= 3);

        driver.manage().deleteAllCookies();
        signIn(k.secretaryName, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/wg/session.xhtml?id=" + sessionId);
        choose("session:agenda:0:outcome", "پیشنهاد لغو پروانه");
        driver.findElement(By.id("session:agenda:0:rationale")).sendKeys("وجوه دستگاه‌ها بارها واریز نشده است.");
        driver.findElement(By.id("session:agenda:0:decide")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("session:messages"), "پرونده برای تصمیم استان"));
        assertTrue(driver.findElement(By.cssSelector(".report-status")).getText().contains("پیشنهاد لغو پروانه"));
        Browser.screenshot(driver, "20-working-group-decision");

        // The province official approves on the approval screen.
        driver.manage().deleteAllCookies();
        signIn(k.officialName, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/province/revocations.xhtml");
        String panel = "//div[contains(@class,'case')][.//span[contains(@class,'case-license') and normalize-space(text())='"
                + k.licenseNumber + "']]";
        WebElement ourCase = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(panel)));
        assertTrue(ourCase.getText().contains("وجوه دستگاه‌ها بارها واریز نشده است."), ourCase.getText());
        assertTrue(ourCase.getText().contains(k.memberNames.get(2)), "the voters are listed");
        Browser.screenshot(driver, "21-province-approval");
        ourCase.findElement(By.xpath(".//button[contains(@id,'approve')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases:messages"), "لغو شد"));
        assertEquals("REVOKED", k.license().getString("status"));
        assertTrue(driver.findElement(By.id("cases:decided")).getText().contains(k.licenseNumber));
        Browser.screenshot(driver, "22-province-approved");
    }
}
