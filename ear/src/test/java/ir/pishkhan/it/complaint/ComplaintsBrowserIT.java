package ir.pishkhan.it.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * In Chromium: a citizen, without signing in, files a complaint about an office found by its
 * name, follows it by the tracking code, reads the post office's answer and rates it; and an
 * agency's reporter reports an office with an evidence file, after which the office's manager
 * reads the notice and submits a defence with a document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintsBrowserIT extends BrowserTest {

    /** A county of its own with one licensed office; returns {countyId, licenseId}. */
    private static long[] countyWithOffice(String prefix, String officeName, Api[] clerkOut) {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان " + prefix, prefix);
        Fixtures.setCapacity(Fixtures.login(Fixtures.user(prefix + ".official", "PROVINCE_OFFICIAL", "PROVINCE", fars)),
                countyId, "GOVERNMENT_COUNTER", 1);
        Api clerk = Fixtures.login(Fixtures.user(prefix + ".clerk", "POST_CLERK", "COUNTY", countyId));
        Api.Answer issued = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId,
                "GOVERNMENT_COUNTER", "نرگس"), Fixtures.office(officeName)));
        assertEquals(201, issued.status(), issued::toString);
        clerkOut[0] = clerk;
        return new long[] {countyId, issued.json().getJsonNumber("id").longValue()};
    }

    @Test
    void citizenFilesTracksAndRatesAComplaint() throws Exception {
        String officeName = "دفتر پیشخوان شکایت " + Api.unique();
        Api[] clerk = new Api[1];
        long[] ids = countyWithOffice("complaint", officeName, clerk);
        long countyId = ids[0];

        // Found by its name; the result shows where the office is.
        driver.get(Api.BASE + "/complaint.xhtml");
        driver.findElement(By.id("complaint:query")).sendKeys(officeName);
        driver.findElement(By.id("complaint:search")).click();
        waitForAjax();
        String offices = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint:offices"))).getText();
        assertTrue(offices.contains(officeName) && offices.contains("فارس") && offices.contains("شهرستان complaint"), offices);
        Browser.screenshot(driver, "20-complaint-search");

        // The same page on a phone: the results stack instead of running off the screen.
        driver.manage().window().setSize(new Dimension(400, 860));
        Browser.screenshot(driver, "21-complaint-search-phone");
        driver.manage().window().setSize(new Dimension(1366, 900));

        driver.findElement(By.id("complaint:offices:0:choose")).click();
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint:text")))
                .sendKeys("کارمند دفتر برای پرداخت قبض گاز مبلغی بیش از تعرفه گرفت و رسید نداد.");
        driver.findElement(By.id("complaint:name")).sendKeys("رضا شهروند");
        driver.findElement(By.id("complaint:mobile")).sendKeys("09123456789");
        Browser.screenshot(driver, "22-complaint-form");
        driver.findElement(By.id("complaint:submit")).click();
        waitForAjax();
        String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trackingCode"))).getText().trim();
        assertTrue(code.matches("[2-9A-Z]{5}-[2-9A-Z]{5}"), code);
        assertTrue(driver.findElement(By.id("dueOn")).getText().matches("[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2}"));
        Browser.screenshot(driver, "23-complaint-filed");

        // Tracking: still being looked at.
        driver.findElement(By.id("complaint:statusLink")).click();
        String status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaintStatus"))).getText();
        assertEquals("در دست بررسی", status);
        assertTrue(driver.findElements(By.id("status:stars")).isEmpty(), "no rating before the answer");
        Browser.screenshot(driver, "24-complaint-status-filed");

        // The county clerk answers through the API.
        JsonObject complaint = clerk[0].get("/api/complaints?countyId=" + countyId).array().stream()
                .map(v -> (JsonObject) v).filter(c -> c.getString("trackingCode").equals(code)).findFirst().orElseThrow();
        String answer = "با متصدی دفتر گفت‌وگو شد؛ مبلغ اضافه به شما بازگردانده می‌شود.";
        Api.Answer answered = clerk[0].post("/api/complaints/" + complaint.getJsonNumber("id").longValue() + "/answer",
                Api.json("expectedVersion", complaint.getJsonNumber("version").longValue(), "accept", false, "answer", answer));
        assertEquals(200, answered.status(), answered::toString);

        // The citizen reloads, reads the answer and gives four stars.
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer"), answer));
        List<WebElement> stars = driver.findElements(By.cssSelector("#status\\:stars .ui-rating-star"));
        assertEquals(5, stars.size());
        stars.get(3).click();
        driver.findElement(By.id("status:comment")).sendKeys("پاسخ سریع بود.");
        driver.findElement(By.id("status:rate")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status:messages"), "امتیاز شما ثبت شد"));
        assertEquals(4, driver.findElements(By.cssSelector("#status\\:ratedStars .ui-rating-star-on")).size());
        Browser.screenshot(driver, "25-complaint-status-rated");

        JsonObject tracked = Api.anonymous().get("/api/public/complaints/" + code).json();
        assertEquals(4, tracked.getInt("rating"));
        assertEquals("REJECTED", tracked.getString("status"));

        // The public pages link to each other, and the login page links to them.
        driver.get(Api.BASE + "/login.xhtml");
        Browser.screenshot(driver, "19-login-public-links");
        driver.findElement(By.id("complaintLink")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint:query")));
    }

    @Test
    void agencyReportsWithEvidenceAndTheOfficeDefends() throws Exception {
        String officeName = "دفتر پیشخوان تخلف " + Api.unique();
        Api[] clerk = new Api[1];
        long[] ids = countyWithOffice("violation", officeName, clerk);
        long countyId = ids[0];
        long licenseId = ids[1];
        Api.Answer contract = clerk[0].post("/api/licenses/" + licenseId + "/contracts",
                Api.json("agency", "GAS", "services", "قبض و انشعاب گاز"));
        assertEquals(201, contract.status(), contract::toString);
        String reporter = Fixtures.user("v.reporter", "AGENCY_REPORTER", "COUNTY", countyId);
        String manager = Fixtures.user("v.manager", "OFFICE_MANAGER", "OFFICE", licenseId);

        Path evidence = Files.createTempDirectory("pishkhan-upload").resolve("evidence.pdf");
        Files.write(evidence, minimalPdf("evidence"));
        Path defenceDoc = evidence.resolveSibling("defence-receipt.pdf");
        Files.write(defenceDoc, minimalPdf("defence"));

        // From the agency's contracts page to the report form, with the office chosen.
        signIn(reporter, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/contracts/mine.xhtml");
        Browser.screenshot(driver, "26-contracts-with-report-button");
        driver.findElement(By.id("contracts:list:0:reportViolation")).click();
        wait.until(ExpectedConditions.urlContains("filed.xhtml?license=" + licenseId));
        assertTrue(driver.findElement(By.id("filed:office_label")).getText().contains(officeName));

        widgets.chooseIndex("filed:category", 1);
        widgets.typeDate("filed:occurredOn:input", Api.jalaliToday());
        String description = "دفتر در ساعت اداری بسته بود و قبوض گاز مشترکان پرداخت نشد.";
        driver.findElement(By.id("filed:description")).sendKeys(description);
        driver.findElement(By.id("filed:evidence_input")).sendKeys(evidence.toString());
        driver.findElement(By.id("filed:report")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filed:messages"), "پیوست شد"));
        String reports = driver.findElement(By.id("filed:reports")).getText();
        assertTrue(reports.contains(officeName) && reports.contains("evidence.pdf"), reports);
        Browser.screenshot(driver, "27-violation-filed");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("filed:reports")));
        Browser.screenshot(driver, "28-violation-filed-list");

        // The clerk finds it founded and sends the notice.
        Api reporterApi = Fixtures.login(reporter);
        JsonObject report = reporterApi.get("/api/violations/filed-by-me").array().getJsonObject(0);
        long reportId = report.getJsonNumber("id").longValue();
        assertEquals(licenseId, report.getJsonNumber("licenseId").longValue());
        Api.Answer screened = clerk[0].post("/api/violations/" + reportId + "/screening",
                Api.json("expectedVersion", report.getJsonNumber("version").longValue(), "founded", true));
        assertEquals(200, screened.status(), screened::toString);
        Api.Answer noticed = clerk[0].post("/api/violations/" + reportId + "/notice",
                Api.json("expectedVersion", screened.json().getJsonNumber("version").longValue()));
        assertEquals(200, noticed.status(), noticed::toString);

        // The office's manager reads the notice and defends the office.
        driver.manage().deleteAllCookies();
        signIn(manager, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/office/mine.xhtml");
        String licences = driver.findElement(By.id("office:licences")).getText();
        assertTrue(licences.contains(officeName) && licences.contains("فعال"), licences);
        String notice = driver.findElement(By.cssSelector(".notice-card")).getText();
        assertTrue(notice.contains(description) && notice.contains("اخطاریه ارسال‌شده") && notice.contains("evidence.pdf"), notice);
        Browser.screenshot(driver, "29-office-notice");
        String defence = "دفتر در آن روز به دلیل قطعی برق تعطیل بود؛ گواهی ادارهٔ برق پیوست است.";
        driver.findElement(By.id("office:notices:0:defenceFile_input")).sendKeys(defenceDoc.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("office:notices:0:attachments"), "defence-receipt.pdf"));
        driver.findElement(By.id("office:notices:0:defenceText")).sendKeys(defence);
        driver.findElement(By.id("office:notices:0:defend")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("office:messages"), "دفاعیهٔ شما"));
        assertTrue(driver.findElement(By.cssSelector(".defence-text")).getText().contains(defence));
        Browser.screenshot(driver, "30-office-defended");
        String link = driver.findElement(By.linkText("evidence.pdf")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(new String(download.body(), StandardCharsets.US_ASCII).startsWith("%PDF-"));

        JsonObject stored = clerk[0].get("/api/violations/" + reportId).json();
        assertEquals(defence, stored.getString("defenceText"));
        List<String> kinds = clerk[0].get("/api/violations/" + reportId + "/attachments").array().stream()
                .map(v -> ((JsonObject) v).getString("kind") + ":" + ((JsonObject) v).getString("fileName")).toList();
        assertEquals(List.of("EVIDENCE:evidence.pdf", "DEFENCE:defence-receipt.pdf"), kinds);
    }

    /** A tiny but well-formed one-page PDF. */
    private static byte[] minimalPdf(String text) {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n"
                + "% " + text + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }
}
