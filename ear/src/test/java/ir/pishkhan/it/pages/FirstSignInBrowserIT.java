package ir.pishkhan.it.pages;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Browser;
import ir.pishkhan.it.support.BrowserTest;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In Chromium: a person given a one-time password signs in, lands on the change-password page,
 * cannot open any other page until they change it, changes it and reaches the desk. And a
 * province administrator's accounts page: their province's accounts, roles and scopes only, and
 * a new account with a one-time password shown once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirstSignInBrowserIT extends BrowserTest {

    private static final String PASSWORD_PAGE = "password.xhtml";

    @Test
    void aOneTimePasswordIsChangedAtTheFirstSignInAndThenTheDeskOpens() throws Exception {
        long kavar = Fixtures.countyId("IR-07", "Kavar");
        String username = "first." + Api.unique();
        String oneTime = "Once-" + Api.unique() + "-4";
        Api.Answer created = Api.admin().post("/api/users", Api.json("username", username,
                "displayName", "کارمند تازهٔ کوار", "password", oneTime, "oneTimePassword", true));
        assertEquals(201, created.status(), created::toString);
        assertEquals(201, Api.admin().post("/api/users/" + username + "/grants", Api.json("role", "POST_CLERK",
                "scopeType", "COUNTY", "scopeId", kavar, "reason", "استخدام تازه")).status());

        driver.get(Api.BASE + "/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(oneTime);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains(PASSWORD_PAGE));
        assertTrue(driver.findElement(By.id("password:oneTimeNotice")).getText().contains("یک‌بارمصرف"));
        // No menu leads anywhere else, and no other page opens.
        assertTrue(driver.findElements(By.cssSelector(".app-nav")).isEmpty(), "no menu before the change");
        Browser.screenshot(driver, "20-first-sign-in-password");
        driver.get(Api.BASE + "/app/licensing/county.xhtml");
        wait.until(ExpectedConditions.urlContains(PASSWORD_PAGE));
        driver.get(Api.BASE + "/app/dashboard.xhtml");
        wait.until(ExpectedConditions.urlContains(PASSWORD_PAGE));

        // The repetition must match.
        String chosen = "Chosen-" + Api.unique() + "-5";
        driver.findElement(By.id("password:currentPassword")).sendKeys(oneTime);
        driver.findElement(By.id("password:newPassword")).sendKeys(chosen);
        driver.findElement(By.id("password:repeatPassword")).sendKeys(chosen + "x");
        driver.findElement(By.id("password:change")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"), "تکرار گذرواژهٔ تازه"));
        assertTrue(driver.getCurrentUrl().contains(PASSWORD_PAGE), driver.getCurrentUrl());

        driver.findElement(By.id("password:currentPassword")).sendKeys(oneTime);
        driver.findElement(By.id("password:newPassword")).sendKeys(chosen);
        driver.findElement(By.id("password:repeatPassword")).sendKeys(chosen);
        driver.findElement(By.id("password:change")).click();
        wait.until(ExpectedConditions.urlContains("dashboard.xhtml"));
        String grants = driver.findElement(By.id("grants")).getText();
        assertTrue(grants.contains("کارمند اداره پست شهرستان") && grants.contains("کوار"), grants);
        assertFalse(driver.findElements(By.cssSelector(".app-nav")).isEmpty(), "the menu is back");
        driver.get(Api.BASE + "/app/licensing/county.xhtml");
        wait.until(ExpectedConditions.urlContains("licensing/county.xhtml"));
        Browser.screenshot(driver, "21-first-sign-in-desk");

        assertEquals(401, Api.as(username, oneTime).get("/api/me").status(), "the one-time password is gone");
        assertFalse(Api.as(username, chosen).get("/api/me").json().getBoolean("mustChangePassword"));
    }

    @Test
    void aProvinceAdministratorMakesAnAccountOfTheirProvinceWithAOneTimePasswordShownOnce() throws Exception {
        long fars = Fixtures.provinceId("IR-07");
        long ardabil = Fixtures.provinceId("IR-24");
        long kavar = Fixtures.countyId("IR-07", "Kavar");
        String farsAccount = Fixtures.user("ui.fars", "POST_CLERK", "COUNTY", kavar, fars);
        String ardabilAccount = Fixtures.user("ui.ardabil", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-24", "Ardabil"), ardabil);
        String admin = Fixtures.user("ui.padmin", "ADMIN", "PROVINCE", fars, fars);

        signIn(admin, Api.TEST_PASSWORD);
        String menu = driver.findElement(By.cssSelector(".app-nav")).getText();
        assertTrue(menu.contains("کاربران و نقش‌ها") && menu.contains("استان‌ها و شهرستان‌ها") && menu.contains("تقویم کاری"), menu);
        assertFalse(menu.contains("قواعد و هزینه‌ها") || menu.contains("بررسی‌های زمان‌بندی‌شده"), "national pages hidden: " + menu);

        driver.get(Api.BASE + "/app/admin/users.xhtml");
        List<String> accounts = options("users:grantUser_input");
        assertTrue(accounts.stream().anyMatch(a -> a.contains(farsAccount)), accounts::toString);
        assertTrue(accounts.stream().noneMatch(a -> a.contains(ardabilAccount)), accounts::toString);
        assertFalse(options("users:grantRole_input").contains("مدیر سامانه"), "ADMIN is not offered");
        assertEquals(List.of("— انتخاب کنید —", "فارس"), options("users:grantProvince_input"));
        // An auditor could be national; a province administrator grants the province only.
        choose("users:grantRole", "بازرس");
        waitForAjax();
        assertEquals(List.of("استان"), options("users:grantScope_input"));
        choose("users:grantRole", "کارمند اداره پست شهرستان");
        waitForAjax();

        driver.findElement(By.cssSelector("[id='users:newOneTimePassword'] .ui-chkbox-box")).click();
        waitForAjax();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("users:newPassword")));
        String username = "ui.new." + Api.unique();
        driver.findElement(By.id("users:newUsername")).sendKeys(username);
        driver.findElement(By.id("users:newDisplayName")).sendKeys("کارمند تازهٔ شیراز");
        driver.findElement(By.id("users:create")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "ساخته شد"));
        String oneTime = driver.findElement(By.id("oneTimePassword")).getText().trim();
        assertTrue(oneTime.matches("[a-z2-9]{12}"), oneTime);
        Browser.screenshot(driver, "22-province-admin-one-time-password");

        // The new account is preselected, Fars too: pick the county and grant.
        choose("users:grantCounty", "شیراز");
        driver.findElement(By.id("users:grantReason")).sendKeys("استخدام تازه");
        driver.findElement(By.id("users:grant")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "داده شد"));
        // Shown once: gone after the next action.
        assertTrue(driver.findElements(By.id("oneTimePassword")).isEmpty(), "the one-time password is shown once");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('users:accounts').scrollIntoView()");
        Browser.screenshot(driver, "23-province-admin-accounts");

        JsonObject made = Api.admin().get("/api/users/" + username).json();
        assertEquals(fars, made.getJsonNumber("homeProvinceId").longValue(), made::toString);
        assertTrue(made.getBoolean("mustChangePassword"));
        JsonObject grant = made.getJsonArray("grants").getJsonObject(0);
        assertEquals("POST_CLERK", grant.getString("role"));
        assertEquals(Fixtures.countyId("IR-07", "Shiraz"), grant.getJsonNumber("scopeId").longValue());
        assertProblem(Api.as(username, oneTime).get("/api/licenses"), 403, "PASSWORD_CHANGE_REQUIRED");
    }

    /** The labels of a select menu's options (PrimeFaces keeps the real select hidden beside its widget). */
    private List<String> options(String selectId) {
        return driver.findElements(By.cssSelector("[id='" + selectId + "'] option")).stream()
                .map(o -> o.getAttribute("textContent").trim()).toList();
    }
}
