package ir.pishkhan.it.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In Chromium: the administrator finds a licence from the licensing desk, corrects its office name and issue date in the
 * «اصلاح اطلاعات» dialog (a refusal without a reason is shown there in Persian), and a contract's
 * services; the history shows each correction with what it changed. The county clerk is offered
 * no correction.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorrectionsBrowserIT extends BrowserTest {

    @Test
    void theAdministratorCorrectsALicenceAndAContractFromTheLicencePage() throws Exception {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان اصلاح مرورگر", "Corrections Browser");
        Fixtures.setCapacity(Fixtures.login(Fixtures.user("cb.official", "PROVINCE_OFFICIAL", "PROVINCE", fars)),
                countyId, "GOVERNMENT_COUNTER", 1);
        String clerkName = Fixtures.user("cb.clerk", "POST_CLERK", "COUNTY", countyId);
        Api clerk = Fixtures.login(clerkName);
        Api.Answer issued = clerk.post("/api/licenses/direct", Fixtures.directLicense(
                Fixtures.application(countyId, "GOVERNMENT_COUNTER", "پروین"), Fixtures.office("دفتر با نام نادرست")));
        assertEquals(201, issued.status(), issued::toString);
        JsonObject licence = issued.json();
        long id = Fixtures.id(licence);
        assertEquals(201, clerk.post("/api/licenses/" + id + "/contracts",
                Api.json("agency", "GAS", "services", "قبض گاز", "since", "2025-02-01")).status());
        String page = Api.BASE + "/app/licensing/license.xhtml?id=" + id;

        // The county clerk sees the licence but is offered no correction.
        signIn(clerkName, Api.TEST_PASSWORD);
        driver.get(page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("license:history")));
        assertTrue(driver.findElements(By.id("license:startCorrection")).isEmpty());
        signOut();

        // The administrator finds it from the licensing desk's search.
        signIn("admin", Api.DEMO_PASSWORD);
        driver.findElement(By.partialLinkText("ظرفیت و صدور پروانه")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("desk:searchText"))).sendKeys(licence.getString("number"));
        driver.findElement(By.id("desk:search")).click();
        waitForAjax();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(licence.getString("number")))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("license:startCorrection"))).click();
        waitForAjax();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correction:corrOfficeName")));
        assertEquals("دفتر با نام نادرست", name.getAttribute("value"), "the form starts from the data as it stands");
        assertEquals(licence.getString("number"), driver.findElement(By.id("correction:corrNumber")).getAttribute("value"));
        name.clear();
        name.sendKeys("دفتر پیشخوان پروین");
        driver.findElement(By.id("correction:saveCorrection")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("correction:correctionMessages"),
                "دلیل اصلاح اطلاعات را بنویسید"));
        assertTrue(driver.findElement(By.id("correction:correctionDialog")).isDisplayed(), "the dialog stays open");

        widgets.typeDate("correction:corrIssueDate:input", "1403/01/15");
        driver.findElement(By.id("correction:corrReason")).sendKeys("نام دفتر و تاریخ صدور در پرونده اشتباه ثبت شده بود");
        Browser.screenshot(driver, "40-correction-dialog");
        driver.findElement(By.id("correction:saveCorrection")).click();
        waitForAjax();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("correction:correctionDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("license"), "دفتر پیشخوان پروین"));
        String history = driver.findElement(By.id("license:history")).getText();
        assertTrue(history.contains("اصلاح اطلاعات") && history.contains("نام دفتر: از «دفتر با نام نادرست» به «دفتر پیشخوان پروین»")
                && history.contains("تاریخ صدور: از «") && history.contains("به «۱۴۰۳/۰۱/۱۵»"), history);
        assertEquals("فعال", driver.findElement(By.id("status")).getText());

        // A contract: from its row in the contracts table.
        driver.findElement(By.id("license:contracts:0:startContractCorrection")).click();
        waitForAjax();
        WebElement services = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contractCorrection:corrServices")));
        assertEquals("قبض گاز", services.getAttribute("value"));
        services.clear();
        services.sendKeys("قبض و انشعاب گاز");
        driver.findElement(By.id("contractCorrection:corrContractReason")).sendKeys("خدمات قرارداد کامل ثبت نشده بود");
        driver.findElement(By.id("contractCorrection:saveContractCorrection")).click();
        waitForAjax();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("contractCorrection:contractCorrectionDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("license:contracts"), "قبض و انشعاب گاز"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("license:history"),
                "خدمات: از «قبض گاز» به «قبض و انشعاب گاز»"));
        Browser.screenshot(driver, "41-corrected-licence");

        JsonObject after = clerk.get("/api/licenses/" + id).json();
        assertEquals("دفتر پیشخوان پروین", after.getString("officeName"));
        assertEquals("ACTIVE", after.getString("status"));
    }
}
