package ir.pishkhan.it.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.Pdfs;
import ir.pishkhan.it.support.SaturatedCounty;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A certificate never contradicts the verification page: the PDF of a revoked or suspended
 * licence carries its status and the day it took effect in large letters across the page, an
 * active licence's has no such mark. And the licence page offers only what the licence's status
 * allows: nothing for a revoked licence, surrender and contracts for a suspended one, everything
 * for an active one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateStatusIT extends BrowserTest {

    /** The element ids of the forms a clerk uses on the licence page. */
    static final List<String> FORMS = List.of("renew", "relocate", "addBooth", "surrender", "transfer", "addContract");

    @Test
    void revokedAndSuspendedCertificatesCarryTheirStatusAndTheirPagesOfferOnlyWhatIsAllowed() throws Exception {
        // A licence revoked as the story goes: report, defence, decision, the province's approval.
        SaturatedCounty revokedCounty = new SaturatedCounty("گواهی لغو");
        String clerk = Fixtures.user("cs.clerk", "POST_CLERK", "COUNTY", revokedCounty.id);
        signIn(clerk, Api.TEST_PASSWORD);
        byte[] whileActive = certificate(revokedCounty.licenseId);
        String activeText = Pdfs.text(whileActive);
        assertFalse(Pdfs.eitherWay(activeText, "لغوشده"), activeText);
        assertFalse(Pdfs.eitherWay(activeText, "اعتبار ندارد"), activeText);

        JsonObject report = revokedCounty.noticedReport("OVERCHARGING");
        revokedCounty.defend(report);
        revokedCounty.sessionWith(report, revokedCounty.memberNames);
        revokedCounty.allVote(report, "REVOCATION_RECOMMENDED");
        assertEquals(200, revokedCounty.decide(report, "REVOCATION_RECOMMENDED", null).status());
        JsonObject revocation = revokedCounty.official.get("/api/revocations?status=OPEN").array().stream()
                .map(v -> (JsonObject) v).filter(c -> c.getJsonNumber("licenseId").longValue() == revokedCounty.licenseId)
                .findFirst().orElseThrow();
        assertEquals(200, revokedCounty.official.post("/api/revocations/" + Fixtures.id(revocation) + "/decision",
                Api.json("expectedVersion", revocation.getInt("version"), "verdict", "APPROVE")).status());
        JsonObject verified = Api.anonymous().get("/api/public/licenses/" + revokedCounty.licenseNumber).json();
        assertEquals("REVOKED", verified.getString("status"));

        String revokedText = Pdfs.text(certificate(revokedCounty.licenseId));
        String closedOn = Api.jalaliToday();
        assertTrue(Pdfs.eitherWay(revokedText, verified.getString("statusFa")),
                "the status as the verification page names it: " + revokedText);
        assertTrue(revokedText.contains(closedOn), "the day it was revoked: " + revokedText);
        assertTrue(Pdfs.eitherWay(revokedText, "این پروانه اعتبار ندارد"), revokedText);

        // Its page offers none of the forms, and says why.
        driver.get(Api.BASE + "/app/licensing/license.xhtml?id=" + revokedCounty.licenseId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("license:history")));
        for (String form : FORMS) {
            assertTrue(driver.findElements(By.id("license:" + form)).isEmpty(), form + " is offered for a revoked licence");
        }
        org.openqa.selenium.WebElement ruledOut = driver.findElement(By.id("license:ruledOut"));
        assertTrue(ruledOut.getText().contains("لغوشده"), ruledOut.getText());
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", ruledOut);
        Browser.screenshot(driver, "12-license-page-revoked");

        // The applicant who was waiting gets the slot: an active licence, whose page offers every form.
        long invitation = Fixtures.invitationOf(revokedCounty.waitingApplication);
        assertEquals(200, revokedCounty.clerk.post("/api/invitations/" + invitation + "/acceptance", "{}").status());
        Api.Answer issued = revokedCounty.clerk.post("/api/licenses", Fixtures.issuance(revokedCounty.waitingApplication, Fixtures.office("دفتر پیشخوان جانشین")));
        assertEquals(201, issued.status(), issued::toString);
        long activeId = Fixtures.id(issued.json());
        driver.get(Api.BASE + "/app/licensing/license.xhtml?id=" + activeId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("license:history")));
        for (String form : FORMS) {
            assertFalse(driver.findElements(By.id("license:" + form)).isEmpty(), form + " is missing for an active licence");
        }
        assertTrue(driver.findElements(By.id("license:ruledOut")).isEmpty());
        assertFalse(Pdfs.eitherWay(Pdfs.text(certificate(activeId)), "اعتبار ندارد"));

        // A licence the working group suspended for 30 days.
        SaturatedCounty suspendedCounty = new SaturatedCounty("گواهی تعلیق");
        JsonObject second = suspendedCounty.noticedReport("DATA_BREACH");
        suspendedCounty.defend(second);
        suspendedCounty.sessionWith(second, suspendedCounty.memberNames);
        for (Api m : suspendedCounty.members) {
            assertEquals(200, m.put("/api/violations/" + Fixtures.id(second) + "/vote",
                    Api.json("outcome", "SUSPENSION", "suspensionDays", 30)).status());
        }
        assertEquals(200, suspendedCounty.decide(second, "SUSPENSION", 30).status());
        JsonObject suspended = Api.anonymous().get("/api/public/licenses/" + suspendedCounty.licenseNumber).json();
        assertEquals("SUSPENDED", suspended.getString("status"));
        String suspendedClerk = Fixtures.user("cs.clerk", "POST_CLERK", "COUNTY", suspendedCounty.id);
        driver.manage().deleteAllCookies();
        signIn(suspendedClerk, Api.TEST_PASSWORD);
        byte[] suspendedPdf = certificate(suspendedCounty.licenseId);
        String suspendedText = Pdfs.text(suspendedPdf);
        assertTrue(Pdfs.eitherWay(suspendedText, suspended.getString("statusFa")), suspendedText);
        assertTrue(suspendedText.contains(Api.jalaliToday()), "suspended today: " + suspendedText);
        assertTrue(Pdfs.eitherWay(suspendedText, "معلق است"), suspendedText);
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("13-certificate-suspended.pdf"), suspendedPdf);

        driver.get(Api.BASE + "/app/licensing/license.xhtml?id=" + suspendedCounty.licenseId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("license:history")));
        for (String form : FORMS) {
            boolean offered = !driver.findElements(By.id("license:" + form)).isEmpty();
            assertEquals(form.equals("surrender") || form.equals("addContract"), offered, form + " on a suspended licence");
        }
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.id("license:ruledOut")));
        Browser.screenshot(driver, "13-license-page-suspended");
    }

    /** The certificate PDF as the signed-in browser would download it from the licence page. */
    byte[] certificate(long licenseId) throws Exception {
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Api.BASE + "/app/licensing/certificate?id=" + licenseId))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        return pdf.body();
    }
}
