package ir.pishkhan.it.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.RolloutWorkbooks;
import ir.pishkhan.it.support.RolloutWorkbooks.Fault;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In Chromium: an administrator picks Fars, uploads a workbook with two faults and reads the
 * verdict — status, rows, rows with errors — and the errors by sheet, row and column in Persian;
 * the corrected workbook checks clean and offers the commit page; both are listed among the
 * province's imports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportsBrowserIT extends BrowserTest {

    @Test
    void anAdministratorChecksAWorkbookAndReadsItsErrors() throws Exception {
        long fars = Fixtures.provinceId("IR-07");
        List<RolloutWorkbooks.County> counties = Api.anonymous().get("/api/provinces/" + fars + "/counties").array().stream()
                .map(v -> (JsonObject) v)
                .map(c -> new RolloutWorkbooks.County(c.getJsonNumber("id").longValue(), c.getString("nameFa"))).toList();
        RolloutWorkbooks.Data data = RolloutWorkbooks.generate(new RolloutWorkbooks.Spec("فارس", counties)
                .seed(System.nanoTime()).licences(60).accounts(12)
                .fault(Fault.GREGORIAN_DATE, 4).fault(Fault.UNKNOWN_COUNTY, 9));
        Path faulty = Files.createTempFile("fars-", ".xlsx");
        Path corrected = Files.createTempFile("fars-corrected-", ".xlsx");
        Files.write(faulty, data.xlsx(true));
        Files.write(corrected, data.xlsx(false));

        signIn("admin", Api.DEMO_PASSWORD);
        driver.get(Api.BASE + "/app/admin/imports.xhtml");
        choose("imports:province", "فارس");
        waitForAjax();
        upload(faulty);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("imports:verdictStatus"), "دارای خطا"));
        assertEquals("۲", driver.findElement(By.id("verdictErrorRows")).getText());
        String errors = driver.findElement(By.id("imports:errors")).getText();
        assertTrue(errors.contains("تاریخ میلادی است؛ تاریخ شمسی مانند ۱۴۰۲/۰۵/۱۰ وارد کنید"), errors);
        assertTrue(errors.contains("پروانه‌ها") && errors.contains("۶") && errors.contains("۱۱"), errors);
        assertTrue(errors.contains("در استان فارس یافت نشد"), errors);
        assertTrue(driver.findElement(By.id("imports:errorWorkbook")).isDisplayed());
        Browser.screenshot(driver, "20-imports-verdict");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("imports:errors")));
        Browser.screenshot(driver, "20b-imports-errors");

        upload(corrected);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("imports:verdictStatus"), "آمادهٔ ثبت"));
        assertEquals("۰", driver.findElement(By.id("verdictErrorRows")).getText());
        WebElement commit = driver.findElement(By.id("imports:commit"));
        assertTrue(commit.getAttribute("href").contains("import.xhtml?id="), commit.getAttribute("href"));
        String earlier = driver.findElement(By.id("imports:earlier")).getText();
        assertTrue(earlier.contains(corrected.getFileName().toString()) && earlier.contains(faulty.getFileName().toString()),
                earlier);
        Browser.screenshot(driver, "21-imports-clean");
    }

    /** Chooses the file in the page's upload, which checks it at once. */
    private void upload(Path file) {
        driver.findElement(By.cssSelector("#imports\\:file input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        waitForAjax();
    }
}
