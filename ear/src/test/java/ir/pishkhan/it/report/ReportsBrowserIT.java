package ir.pishkhan.it.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The province official's dashboard in Chromium: saturation chart and table, exports, violations over months. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsBrowserIT extends BrowserTest {

    @Test
    void theProvinceOfficialSeesSaturationAsChartAndTableWithExports() throws Exception {
        signIn("fars.official", Api.DEMO_PASSWORD);
        driver.findElement(By.linkText("داشبورد و گزارش‌ها")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reports\\:tabs\\:capacityChart canvas")));
        String table = driver.findElement(By.id("reports:tabs:capacity")).getText();
        assertTrue(table.contains("کوار"), table);
        // Chart.js drew something: the canvas is not blank.
        Boolean drawn = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const c = document.querySelector('#reports\\\\:tabs\\\\:capacityChart canvas');"
                        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false;");
        assertTrue(drawn, "the saturation chart is drawn");
        String csvLink = driver.findElement(By.id("reports:tabs:capacityCsv")).getAttribute("href");
        assertTrue(csvLink.contains("table=capacity") && csvLink.contains("format=csv"), csvLink);
        Browser.screenshot(driver, "15-reports-capacity");

        driver.findElement(By.xpath("//a[contains(., 'تخلفات به تفکیک ماه')]")).click();
        waitForAjax();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reports:tabs:violations")));
        Browser.screenshot(driver, "16-reports-violations");
        driver.findElement(By.xpath("//a[contains(., 'رعایت مهلت‌ها')]")).click();
        waitForAjax();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reports:tabs:compliance")));
        Browser.screenshot(driver, "17-reports-compliance");
    }

    /** Each role's desk on the landing page: the sections it needs, and no other role's. */
    @Test
    void eachRoleFindsItsDeskOnTheLandingPage() throws Exception {
        signIn("kavar.clerk", Api.DEMO_PASSWORD);
        assertTrue(driver.findElement(By.id("cardSlots")).getText().contains("ظرفیت و اشغال"));
        assertTrue(driver.findElements(By.id("cardRenewals")).size() == 1);
        assertTrue(driver.findElements(By.id("deskForm:overdue")).size() == 1);
        assertTrue(driver.findElements(By.id("deskForm:revocations")).isEmpty(), "a clerk has no province desk");
        assertTrue(driver.findElements(By.id("deskForm:audit")).isEmpty(), "a clerk has no audit activity");
        Browser.screenshot(driver, "18-desk-clerk");
        signOut();

        signIn("kavar.secretary", Api.DEMO_PASSWORD);
        assertTrue(driver.findElement(By.id("cardReady")).getText().contains("آمادهٔ طرح در کارگروه"));
        assertTrue(driver.findElements(By.id("deskForm:sessions")).size() == 1);
        Browser.screenshot(driver, "19-desk-working-group");
        signOut();

        signIn("fars.official", Api.DEMO_PASSWORD);
        assertTrue(driver.findElement(By.id("cardCases")).getText().contains("لغو در انتظار تأیید استان"));
        assertTrue(driver.findElements(By.id("deskForm:revocations")).size() == 1);
        Browser.screenshot(driver, "20-desk-province");
        signOut();

        signIn("fars.auditor", Api.DEMO_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deskForm\\:auditChart canvas")));
        String audit = driver.findElement(By.id("deskForm:audit")).getText();
        assertTrue(audit.contains("صدور پروانه") && !audit.contains("LICENSE_ISSUED"),
                "the demo licences were issued in Fars, and the kind of change is named in Persian: " + audit);
        String xlsx = driver.findElement(By.id("deskForm:auditXlsx")).getAttribute("href");
        assertTrue(xlsx.contains("table=audit") && xlsx.contains("format=xlsx"), xlsx);
        Browser.screenshot(driver, "21-desk-auditor");
    }
}
