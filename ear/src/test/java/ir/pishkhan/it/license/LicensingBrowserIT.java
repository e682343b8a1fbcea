package ir.pishkhan.it.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In Chromium: a county clerk issues a licence to the applicant at the head of the waitlist,
 * downloads its PDF certificate, and the public verification page shows the licence ACTIVE.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicensingBrowserIT extends BrowserTest {





    @Test
    void clerkIssuesFromTheWaitlistDownloadsTheCertificateAndTheLicenceVerifies() throws Exception {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان مرورگر", "Browser");
        Fixtures.setCapacity(Fixtures.login(Fixtures.user("b.official", "PROVINCE_OFFICIAL", "PROVINCE", fars)),
                countyId, "GOVERNMENT_COUNTER", 1);
        String clerk = Fixtures.user("b.clerk", "POST_CLERK", "COUNTY", countyId);
        assertEquals(201, Fixtures.login(clerk).post("/api/applications",
                Fixtures.application(countyId, "GOVERNMENT_COUNTER", "سارا")).status());

        signIn(clerk, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/licensing/county.xhtml");

        String waitlist = driver.findElement(By.id("desk:waitlist")).getText();
        assertTrue(waitlist.contains("سارا آزمون"), waitlist);
        driver.findElement(By.id("desk:waitlist:0:issueFromWaitlist")).click();
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:officeName"))).sendKeys("دفتر پیشخوان مرکزی");
        driver.findElement(By.id("desk:address")).sendKeys("خیابان امام، پلاک ۷");
        driver.findElement(By.id("desk:receiptRef")).sendKeys("UI-" + Api.unique());
        driver.findElement(By.id("desk:issue")).click();
        waitForAjax();
        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedNumber"))).getText();
        assertTrue(number.matches("\\d{4}-G-00001-\\d"), number);
        String capacity = driver.findElement(By.id("desk:capacity")).getText();
        assertTrue(capacity.contains("اشباع"), capacity);
        Browser.screenshot(driver, "08-licensing-desk");

        // The certificate, with the signed-in session.
        String href = driver.findElement(By.id("certificateLink")).getAttribute("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("09-certificate.pdf"), pdf.body());

        // The licence page: facts, history, and a renewal refused in Persian (too early).
        String desk = driver.getCurrentUrl();
        driver.findElement(By.linkText(number)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("license:history")));
        assertEquals("فعال", driver.findElement(By.id("status")).getText());
        assertTrue(driver.findElement(By.id("license:history")).getText().contains("صدور"));
        driver.findElement(By.id("license:receiptRef")).sendKeys("EARLY-" + Api.unique());
        driver.findElement(By.id("license:renew")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("license:messages"), "مهلت تمدید"));
        Browser.screenshot(driver, "11-license-page");

        // A service contract recorded from the licence page.
        choose("license:contractAgency", "گاز");
        driver.findElement(By.id("license:contractServices")).sendKeys("قبض و انشعاب گاز");
        driver.findElement(By.id("license:addContract")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("license:contracts"), "قبض و انشعاب گاز"));

        // Anyone can verify it from the link the QR code carries.
        driver.manage().deleteAllCookies();
        driver.get(desk.replace("/app/licensing/county.xhtml", "/verify.xhtml?number=" + number));
        String status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText();
        assertTrue(status.contains("فعال"), status);
        String facts = driver.findElement(By.id("verify:result")).getText();
        assertTrue(facts.contains("دفتر پیشخوان مرکزی") && facts.contains("سارا آ…"), facts);
        Browser.screenshot(driver, "10-verify");
    }
}
