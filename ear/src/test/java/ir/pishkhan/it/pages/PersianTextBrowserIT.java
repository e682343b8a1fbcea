package ir.pishkhan.it.pages;

import static ir.pishkhan.it.support.PersianPage.persian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Bodies;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.PersianPage;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The pages an auditor, a clerk, a working group and a province read, in Chromium, as a Persian
 * reader sees them: numbers in running text, tables, paginators and charts in Persian digits,
 * amounts grouped; licence numbers, usernames and file names Latin and isolated so they neither
 * wrap nor flip; actions and kinds of object by their Persian names, never as codes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersianTextBrowserIT extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tehran"));

    /**
     * One county's story, up to a revocation case: a licence with a gas contract, a report with a
     * receipt «رسید.pdf», its notice and the office's defence, a session at 09:30 where every member
     * votes for revocation. Names hold no Latin digit (they are what people type, not what the
     * pages format), so any Latin digit on these pages comes from the application.
     */
    static final class Story {
        final long countyId;
        final String officialName;
        final String clerkName;
        final String secretaryName;
        final Api official;
        final Api clerk;
        final long licenseId;
        final String licenseNumber;
        final long contractId;
        final long reportId;
        final long sessionId;
        final long caseId;

        Story() {
            String tag = persianTag();
            Api.Answer county = Api.admin().post("/api/counties", Api.json("provinceId", Fixtures.provinceId("IR-07"),
                    "nameFa", "شهرستان ارقام " + tag, "nameEn", "Digits " + latinTag(), "reason", "آزمون ارقام فارسی"));
            assertEquals(201, county.status(), county::toString);
            countyId = county.json().getJsonNumber("id").longValue();
            long fars = Fixtures.provinceId("IR-07");
            officialName = Fixtures.user("pd.official", "PROVINCE_OFFICIAL", "PROVINCE", fars);
            official = Fixtures.login(officialName);
            clerkName = Fixtures.user("pd.clerk", "POST_CLERK", "COUNTY", countyId);
            clerk = Fixtures.login(clerkName);
            secretaryName = Fixtures.user("pd.secretary", "WG_SECRETARY", "COUNTY", countyId);
            Api secretary = Fixtures.login(secretaryName);
            List<String> memberNames = List.of(Fixtures.user("pd.first", "WG_MEMBER", "COUNTY", countyId),
                    Fixtures.user("pd.second", "WG_MEMBER", "COUNTY", countyId),
                    Fixtures.user("pd.third", "WG_MEMBER", "COUNTY", countyId));
            Api gas = Fixtures.login(Fixtures.user("pd.gas", "AGENCY_REPORTER", "PROVINCE", fars));
            Fixtures.setCapacity(official, countyId, "GOVERNMENT_COUNTER", 2);

            Api.Answer license = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId,
                    "GOVERNMENT_COUNTER", "ارقام"), Fixtures.office("دفتر پیشخوان ارقام")));
            assertEquals(201, license.status(), license::toString);
            licenseId = license.json().getJsonNumber("id").longValue();
            licenseNumber = license.json().getString("number");
            Api.Answer contract = clerk.post("/api/licenses/" + licenseId + "/contracts",
                    Api.json("agency", "GAS", "services", "قبض و انشعاب گاز", "since", "2025-01-01"));
            assertEquals(201, contract.status(), contract::toString);
            contractId = contract.json().getJsonNumber("id").longValue();
            Api manager = Fixtures.login(Fixtures.user("pd.office", "OFFICE_MANAGER", "OFFICE", licenseId));

            JsonObject report = gas.post("/api/violations", Api.json("licenseId", licenseId, "category", "OVERCHARGING",
                    "description", "دریافت وجه اضافه بر تعرفه از مشترکان گاز در چند نوبت",
                    "occurredOn", TODAY.minusDays(3).toString())).json();
            reportId = report.getJsonNumber("id").longValue();
            Api.Answer receipt = gas.upload("/api/violations/" + reportId + "/attachments?fileName="
                    + URLEncoder.encode("رسید.pdf", StandardCharsets.UTF_8), "application/pdf",
                    "%PDF-1.4\n% receipt\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(201, receipt.status(), receipt::toString);
            report = clerk.post("/api/violations/" + reportId + "/screening",
                    Api.json("expectedVersion", report.getInt("version"), "founded", true, "note", "مستندات کافی است")).json();
            report = clerk.post("/api/violations/" + reportId + "/notice", Api.json("expectedVersion", report.getInt("version"))).json();
            assertEquals("NOTICE_SENT", report.getString("status"), report::toString);
            assertEquals(200, manager.post("/api/violations/" + reportId + "/defence",
                    Api.json("text", "مبلغ اضافه بابت کارمزد خدمات جانبی بوده و رسید آن موجود است.")).status());
            // A second report stays unscreened, so the desk shows both kinds of row.
            assertEquals(201, gas.post("/api/violations", Api.json("licenseId", licenseId, "category", "MISCONDUCT",
                    "description", "برخورد نامناسب متصدی با مشترکان گاز")).status());

            Api.Answer session = secretary.post("/api/wg-sessions", Api.json("countyId", countyId, "date", TODAY.toString(),
                    "time", "09:30", "place", "سالن جلسات ادارهٔ پست"));
            assertEquals(201, session.status(), session::toString);
            sessionId = session.json().getJsonNumber("id").longValue();
            assertEquals(200, secretary.put("/api/wg-sessions/" + sessionId + "/attendance", new Bodies.Attendance(memberNames)).status());
            assertEquals(200, secretary.post("/api/wg-sessions/" + sessionId + "/agenda", Api.json("reportId", reportId)).status());
            for (String m : memberNames) {
                assertEquals(200, Fixtures.login(m).put("/api/violations/" + reportId + "/vote",
                        Api.json("outcome", "REVOCATION_RECOMMENDED")).status());
            }
            JsonObject fresh = clerk.get("/api/violations/" + reportId).json();
            Api.Answer decided = secretary.post("/api/violations/" + reportId + "/decision", Api.json("expectedVersion",
                    fresh.getInt("version"), "outcome", "REVOCATION_RECOMMENDED",
                    "rationale", "تکرار دریافت وجه غیررسمی با وجود تذکرهای پیشین و دفاعیهٔ ناکافی"));
            assertEquals(200, decided.status(), decided::toString);
            caseId = official.get("/api/revocations?status=OPEN").array().stream().map(v -> (JsonObject) v)
                    .filter(c -> c.getJsonNumber("licenseId").longValue() == licenseId).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
        }

        void approve() {
            JsonObject c = official.get("/api/revocations/" + caseId).json();
            Api.Answer approved = official.post("/api/revocations/" + caseId + "/decision",
                    Api.json("expectedVersion", c.getInt("version"), "verdict", "APPROVE"));
            assertEquals(200, approved.status(), approved::toString);
        }

        /** A unique suffix in Persian digits. */
        private static String persianTag() {
            return persian(Long.parseLong(Api.unique(), 16));
        }

        /** A unique suffix in Latin letters only. */
        private static String latinTag() {
            StringBuilder s = new StringBuilder();
            for (char c : Api.unique().toCharArray()) {
                s.append((char) ('a' + Character.digit(c, 16)));
            }
            return s.toString();
        }
    }

    private void signInAs(String username, String password) {
        driver.manage().deleteAllCookies();
        signIn(username, password);
    }

    private WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }


    private void screenshotWholePage(String name) throws Exception {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1366, (int) Math.min(Math.max(height + 150, 900), 3000)));
        Browser.screenshot(driver, name);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    /** Labels of a Chart.js chart's value axis and legend, as drawn. */
    @SuppressWarnings("unchecked")
    private List<String> chartTexts(String canvasCss, String what) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("const c = Chart.getChart(document.querySelector(arguments[0]));"
                + "return arguments[1] === 'legend' ? c.data.datasets.map(d => d.label)"
                + " : c.scales.y.ticks.map(t => String(t.label)).concat([c.scales.y.getLabelForValue(1234)]);", canvasCss, what);
    }

    @Test
    void theCountysDeskSessionAndRevocationReadInPersianDigitsWithCodesIsolated() throws Exception {
        Story s = new Story();

        // The clerk's compliance desk: report numbers in Persian, the licence number one isolated Latin run.
        signInAs(s.clerkName, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/compliance/county.xhtml");
        WebElement reports = byId("desk:tabs:reports");
        assertTrue(reports.getText().contains(persian(s.reportId)), reports.getText());
        PersianPage.assertPersianDigits(driver, byId("desk"), "compliance desk");
        WebElement number = reports.findElement(By.xpath(".//span[contains(@class,'code') and normalize-space()='"
                + s.licenseNumber + "']"));
        PersianPage.assertIsolatedCode(driver, number);
        Browser.screenshot(driver, "60-persian-compliance-desk");

        // Their dashboard: desk, overdue list and counties, all in Persian digits.
        driver.get(Api.BASE + "/app/dashboard.xhtml");
        PersianPage.assertPersianDigits(driver, driver.findElement(By.cssSelector("main")), "clerk's dashboard");

        // Reports: tables and the saturation chart's axis in Persian digits.
        driver.get(Api.BASE + "/app/reports.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reports\\:tabs\\:capacityChart canvas")));
        PersianPage.assertPersianDigits(driver, byId("reports"), "capacity report");
        List<String> ticks = chartTexts("#reports\\:tabs\\:capacityChart canvas", "axis");
        assertTrue(ticks.contains("۱٬۲۳۴"), "the chart formats numbers for fa-IR: " + ticks);
        assertTrue(ticks.stream().noneMatch(t -> t.matches(".*[0-9].*")), ticks::toString);
        Browser.screenshot(driver, "61-persian-reports-capacity");
        driver.findElement(By.xpath("//a[contains(., 'رعایت مهلت‌ها')]")).click();
        waitForAjax();
        PersianPage.assertPersianDigits(driver, byId("reports:tabs:compliance"), "deadline compliance");

        // The session: its time, report number and counts in Persian; the receipt's name reads «رسید.pdf».
        signInAs(s.secretaryName, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/wg/session.xhtml?id=" + s.sessionId);
        WebElement session = byId("session");
        assertTrue(session.getText().contains("۰۹:۳۰") && session.getText().contains("گزارش " + persian(s.reportId)),
                session.getText());
        PersianPage.assertPersianDigits(driver, session, "working-group session");
        WebElement receipt = session.findElement(By.xpath(".//a[contains(@class,'code') and text()='رسید.pdf']"));
        PersianPage.assertIsolatedCode(driver, receipt);
        assertTrue(PersianPage.leftOf(driver, receipt, "رسید") < PersianPage.leftOf(driver, receipt, "pdf"),
                "the extension is at the end of the name, as it is written");
        screenshotWholePage("62-persian-session");

        // The province: the open case, then the decided one.
        signInAs(s.officialName, Api.TEST_PASSWORD);
        driver.get(Api.BASE + "/app/province/revocations.xhtml");
        WebElement open = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//div[contains(@class,'case')]"
                + "[.//span[contains(@class,'case-license') and normalize-space()='" + s.licenseNumber + "']]")));
        assertTrue(open.getText().contains("پرونده " + persian(s.caseId)), open.getText());
        PersianPage.assertPersianDigits(driver, open, "open revocation case");
        PersianPage.assertIsolatedCode(driver, open.findElement(By.cssSelector(".case-license")));
        Browser.screenshot(driver, "63-persian-revocation-open");
        s.approve();
        driver.navigate().refresh();
        WebElement decided = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tbody[@id='cases:decided_data']/tr[.//span[normalize-space()='" + s.licenseNumber + "']]")));
        assertTrue(decided.getText().startsWith(persian(s.caseId)), decided.getText());
        PersianPage.assertPersianDigits(driver, decided, "decided revocation case");
    }

    @Test
    void theAuditorReadsActionsObjectsAndReasonsInPersian() throws Exception {
        Story s = new Story();
        s.approve();

        // What the province official did: the revocation, its reason, the contract it ended — by Persian names.
        signInAs("auditor", Api.DEMO_PASSWORD);
        driver.get(Api.BASE + "/app/audit/trail.xhtml");
        byId("audit:actor").sendKeys(s.officialName);
        choose("audit:objectType", "قرارداد خدمت");
        driver.findElement(By.id("audit:search")).click();
        waitForAjax();
        WebElement records = byId("audit:records");
        wait.until(d -> records.getText().contains("قرارداد خدمت " + persian(s.contractId)));
        assertTrue(records.getText().contains("پایان قرارداد خدمت"), records.getText());
        assertTrue(records.getText().contains("لغو پروانه با تأیید استان، پروندهٔ " + persian(s.caseId)), records.getText());
        PersianPage.assertPersianDigits(driver, records, "audit trail");
        PersianPage.assertNoCodeWords(driver, records, "audit trail");

        // Every action of the official, the licence's revocation among them.
        choose("audit:objectType", "همه");
        choose("audit:action", "لغو پروانه");
        driver.findElement(By.id("audit:search")).click();
        waitForAjax();
        wait.until(d -> d.findElement(By.id("audit:records")).getText().contains(s.licenseNumber));
        WebElement revoked = byId("audit:records");
        PersianPage.assertPersianDigits(driver, revoked, "audit trail");
        PersianPage.assertNoCodeWords(driver, revoked, "audit trail");
        PersianPage.assertIsolatedCode(driver, revoked.findElement(By.xpath(".//span[contains(@class,'code') and text()='"
                + s.licenseNumber + "']")));
        Browser.screenshot(driver, "64-persian-audit-trail");

        // The whole trail: the paginator counts in Persian, and its Persian page buttons still page.
        driver.get(Api.BASE + "/app/audit/trail.xhtml");
        WebElement paginator = byId("audit:records_paginator_bottom");
        PersianPage.assertPersianDigits(driver, paginator, "paginator");
        String firstRow = driver.findElement(By.cssSelector("#audit\\:records_data > tr:first-child > td:first-child")).getText();
        paginator.findElement(By.xpath(".//button[contains(@class,'ui-paginator-page') and normalize-space()='۲']")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#audit\\:records_paginator_bottom .ui-paginator-page.ui-state-active"), "۲"));
        assertNotEquals(firstRow, driver.findElement(By.cssSelector("#audit\\:records_data > tr:first-child > td:first-child")).getText());
        PersianPage.assertPersianDigits(driver, byId("audit:records_paginator_bottom"), "paginator on page two");

        // The province auditor's dashboard: the kinds of change by name in the table and the chart.
        signInAs("fars.auditor", Api.DEMO_PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deskForm\\:auditChart canvas")));
        WebElement activity = byId("deskForm:auditBox");
        assertTrue(!driver.findElements(By.cssSelector("#deskForm\\:audit_data > tr:not(.ui-datatable-empty-message)")).isEmpty(),
                activity.getText());
        PersianPage.assertPersianDigits(driver, activity, "audit activity");
        PersianPage.assertNoCodeWords(driver, activity, "audit activity");
        List<String> legend = chartTexts("#deskForm\\:auditChart canvas", "legend");
        assertTrue(legend.stream().noneMatch(l -> l.matches(".*[A-Za-z0-9].*")), "chart legend: " + legend);
        List<String> axis = chartTexts("#deskForm\\:auditChart canvas", "axis");
        assertTrue(axis.stream().noneMatch(t -> t.matches(".*[0-9].*")), "chart axis: " + axis);
        Browser.screenshot(driver, "65-persian-audit-activity");
    }

    @Test
    void feesAreGroupedInPersianDigits() throws Exception {
        signInAs("admin", Api.DEMO_PASSWORD);
        driver.get(Api.BASE + "/app/admin/rules.xhtml");
        WebElement fees = byId("rules:fees");
        assertTrue(fees.getText().contains("٬"), "amounts are grouped: " + fees.getText());
        assertTrue(fees.getText().contains("۱۴۰۵"), "years are not grouped: " + fees.getText());
        PersianPage.assertPersianDigits(driver, fees, "fees");
        Browser.screenshot(driver, "66-persian-fees");
    }
}
