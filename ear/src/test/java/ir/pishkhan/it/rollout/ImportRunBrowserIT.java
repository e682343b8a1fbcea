package ir.pishkhan.it.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.RolloutWorkbooks;
import ir.pishkhan.rollout.entity.ImportSheet;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: an administrator opens a checked import's page, commits it, watches the progress
 * bar fill and reads the counts at the end — the same after a reload; then, for an import of
 * accounts without mobile or e-mail, reads the one-time passwords once: after a reload they are gone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportRunBrowserIT extends BrowserTest {

    static final Api ADMIN = Api.as("admin", Api.DEMO_PASSWORD);

    @Test
    void anAdministratorCommitsAFileAndFollowsItToTheEnd() throws Exception {
        long fars = Fixtures.provinceId("IR-07");
        List<RolloutWorkbooks.County> counties = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long id = Fixtures.newFarsCounty("برگ ورود " + i, "Import page " + i);
            counties.add(new RolloutWorkbooks.County(id, Api.anonymous().get("/api/provinces/" + fars + "/counties").array()
                    .stream().map(v -> (JsonObject) v).filter(c -> c.getJsonNumber("id").longValue() == id).findFirst()
                    .orElseThrow().getString("nameFa")));
        }
        RolloutWorkbooks.Data data = null;
        for (long seed = 90_000; data == null; seed++) {
            RolloutWorkbooks.Data candidate = RolloutWorkbooks.generate(new RolloutWorkbooks.Spec("فارس", counties)
                    .seed(seed).licences(300).accounts(12));
            if (ImportDryRunIT.unknownToTheRegister(candidate)) {
                data = candidate;
            }
        }
        int rows = 0;
        for (ImportSheet s : ImportSheet.values()) {
            rows += data.rows(s);
        }
        JsonObject checked = ImportCommitIT.upload(fars, data.xlsx(false), "fars-page.xlsx", ImportCommitIT.XLSX);
        long id = checked.getJsonNumber("id").longValue();
        assertEquals("CHECKED", checked.getString("status"), () -> ADMIN.get("/api/imports/" + id + "/errors?limit=5").body());

        signIn("admin", Api.DEMO_PASSWORD);
        driver.get(Api.BASE + "/app/admin/import.xhtml?id=" + id);
        assertEquals("بررسی‌شده، آمادهٔ ثبت", driver.findElement(By.id("run:status")).getText());
        assertEquals(checked.getString("fileSha256"), driver.findElement(By.id("sha256")).getText());
        Browser.screenshot(driver, "22-import-checked");
        driver.findElement(By.id("run:commit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        // The bar is polled until the job ends; a few hundred rows take a while on a busy machine.
        new WebDriverWait(driver, Duration.ofMinutes(5)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("run:status"), "پایان‌یافته"));
        String done = persian(rows);
        assertEquals(done, driver.findElement(By.id("rowsDone")).getText());
        assertEquals("۱۰۰٪", driver.findElement(By.cssSelector("#run\\:bar .ui-progressbar-label")).getText());
        assertEquals("۰", driver.findElement(By.id("failed")).getText());
        Browser.screenshot(driver, "23-import-completed");

        // Everything comes from the database: a reload shows the same.
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("run:status"), "پایان‌یافته"));
        assertEquals(done, driver.findElement(By.id("rowsDone")).getText());
        JsonObject progress = ADMIN.get(ImportCommitIT.run(id)).json();
        assertEquals(persian(progress.getInt("created")), driver.findElement(By.id("created")).getText());
        assertTrue(driver.findElements(By.id("run:commit")).isEmpty(), "committed once");
    }

    @Test
    void theOneTimePasswordsAreShownOnce() throws Exception {
        String username = "imp." + Api.unique() + ".page";
        Map<String, String> account = new LinkedHashMap<>();
        account.put("username", username);
        account.put("displayName", "کاربر صفحهٔ ورود");
        account.put("role", "مسئول استان");
        JsonObject checked = ImportCommitIT.upload(Fixtures.provinceId("IR-07"),
                ImportCommitIT.csv(ImportSheet.ACCOUNTS, List.of(account)), "accounts.csv", "text/csv");
        long id = checked.getJsonNumber("id").longValue();
        assertEquals(202, ADMIN.post(ImportCommitIT.run(id), Api.json("version", checked.getJsonNumber("version").longValue()))
                .status());
        assertEquals("COMPLETED", ImportCommitIT.awaitEnd(id).getString("status"));

        signIn("admin", Api.DEMO_PASSWORD);
        driver.get(Api.BASE + "/app/admin/import.xhtml?id=" + id);
        driver.findElement(By.id("run:revealPasswords")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run:passwords")));
        String table = driver.findElement(By.id("run:passwords")).getText();
        assertTrue(table.contains(username) && table.contains("کاربر صفحهٔ ورود"), table);
        assertTrue(table.matches("(?s).*\\b[a-hjkmnp-z2-9]{12}\\b.*"), table);
        Browser.screenshot(driver, "24-import-passwords");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run:status")));
        assertTrue(driver.findElements(By.id("run:revealPasswords")).isEmpty(), "shown once");
        assertTrue(driver.findElements(By.id("run:passwords")).isEmpty(), "shown once");
    }

    /** A count as the page shows it, made independently with ICU's own Persian formatting. */
    private static String persian(int n) {
        return com.ibm.icu.number.NumberFormatter.withLocale(new com.ibm.icu.util.ULocale("fa_IR")).format(n).toString();
    }
}
