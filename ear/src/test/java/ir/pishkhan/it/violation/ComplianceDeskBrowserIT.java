package ir.pishkhan.it.violation;

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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The county clerk's compliance desk in Chromium: accepting a report and sending its notice,
 * answering a citizen's complaint by turning it into a report, and recording an inspection whose
 * failed item opens a report — each checked afterwards through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceDeskBrowserIT extends BrowserTest {


    @Test
    void clerkScreensAReportAnswersAComplaintAndRecordsAnInspection() throws Exception {
        long fars = Fixtures.provinceId("IR-07");
        long countyId = Fixtures.newFarsCounty("شهرستان میز رسیدگی", "Desk");
        Fixtures.setCapacity(Fixtures.login(Fixtures.user("d.official", "PROVINCE_OFFICIAL", "PROVINCE", fars)),
                countyId, "GOVERNMENT_COUNTER", 1);
        String clerkName = Fixtures.user("d.clerk", "POST_CLERK", "COUNTY", countyId);
        Api clerk = Fixtures.login(clerkName);
        JsonObject license = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId,
                "GOVERNMENT_COUNTER", "میز"), Fixtures.office("دفتر پیشخوان میز"))).json();
        long licenseId = license.getJsonNumber("id").longValue();
        clerk.post("/api/licenses/" + licenseId + "/contracts", Api.json("agency", "GAS", "services", "قبض گاز"));
        Api gas = Fixtures.login(Fixtures.user("d.gas", "AGENCY_REPORTER", "PROVINCE", fars));
        Api.Answer filed = gas.post("/api/violations", Api.json("licenseId", licenseId, "category", "MISCONDUCT",
                "description", "برخورد نامناسب متصدی با مشترکان گاز"));
        assertEquals(201, filed.status(), filed::toString);
        Api.Answer complaint = Api.anonymous().post("/api/public/complaints", Api.json("licenseNumber",
                license.getString("number"), "text", "متصدی برای ثبت درخواست پول اضافه خواست و رسید نداد."));
        assertEquals(201, complaint.status(), complaint::toString);

        signIn(clerkName, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/compliance/county.xhtml");
        String reports = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:tabs:reports"))).getText();
        assertTrue(reports.contains("ثبت‌شده، در انتظار بررسی اولیه"), reports);
        driver.findElement(By.id("desk:tabs:reports:0:accept")).click();
        waitForAjax();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:tabs:reports:0:notice"))).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk:messages"), "مهلت دفاع تا"));
        assertTrue(driver.findElement(By.id("desk:tabs:reports")).getText().contains("اخطاریه ارسال‌شده"));
        Browser.screenshot(driver, "30-compliance-reports");

        // The complaint becomes a report of the chosen category.
        driver.findElement(By.cssSelector("a[href='#desk:tabs:complaintsTab']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:tabs:complaints:0:answer")))
                .sendKeys("شکایت شما وارد است و پرونده تشکیل شد.");
        choose("desk:tabs:complaints:0:category", "دریافت وجه اضافه یا غیررسمی");
        driver.findElement(By.id("desk:tabs:complaints:0:acceptComplaint")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk:messages"), "گزارش تخلف تشکیل شد"));
        Browser.screenshot(driver, "31-compliance-complaints");

        // An inspection with the manager absent opens a MANAGER_ABSENT report linked to it.
        driver.findElement(By.cssSelector("a[href='#desk:tabs:inspectionTab']")).click();
        choose("desk:tabs:license", "دفتر پیشخوان میز — \u2066" + license.getString("number") + "\u2069");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("desk:tabs:recordInspection")));
        driver.findElement(By.cssSelector("[id$=':0:passed'] .ui-chkbox-box")).click();
        driver.findElement(By.id("desk:tabs:recordInspection")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk:messages"), "گزارش تخلف برای موارد"));
        assertTrue(driver.findElement(By.id("desk:tabs:opened")).getText().contains("حضور نداشتن مدیر دفتر"));
        Browser.screenshot(driver, "32-compliance-inspection");

        var all = clerk.get("/api/violations?licenseId=" + licenseId).array();
        assertEquals(3, all.size(), all::toString);
        assertTrue(all.stream().map(v -> (JsonObject) v).anyMatch(v -> v.getString("source").equals("COMPLAINT")
                && v.getString("category").equals("OVERCHARGING")));
        assertTrue(all.stream().map(v -> (JsonObject) v).anyMatch(v -> v.getString("source").equals("INSPECTION")
                && v.getString("category").equals("MANAGER_ABSENT")));
        assertTrue(all.stream().map(v -> (JsonObject) v).anyMatch(v -> v.getString("source").equals("AGENCY")
                && v.getString("status").equals("NOTICE_SENT")));
    }
}
