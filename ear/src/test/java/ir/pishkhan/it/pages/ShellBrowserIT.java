package ir.pishkhan.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in Chromium: signs in as the demo Kavar clerk, sees the Persian right-to-left
 * dashboard in the Vazirmatn font with their county, signs out; wrong passwords get a Persian
 * message; an unknown page gets the Persian error page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShellBrowserIT extends BrowserTest {




    @Test
    void clerkSignsInSeesPersianDashboardAndSignsOut() throws Exception {
        driver.get(Api.BASE + "/app/dashboard.xhtml");
        // A protected page sends an anonymous visitor to the login page.
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("login.xhtml"));
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        Browser.screenshot(driver, "01-login");

        driver.findElement(By.id("login:username")).sendKeys("kavar.clerk");
        driver.findElement(By.id("login:password"))
                .sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();

        new WebDriverWait(driver, java.time.Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("dashboard.xhtml"));
        assertEquals("rtl", driver.findElement(By.tagName("html")).getAttribute("dir"));
        assertEquals("fa", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("کارمند پست شهرستان کوار", driver.findElement(By.id("signedInAs")).getText());
        String grants = driver.findElement(By.id("grants")).getText();
        assertTrue(grants.contains("کارمند اداره پست شهرستان") && grants.contains("کوار"), grants);
        assertEquals("۱", driver.findElement(By.id("countyCount")).getText());
        String font = (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.body).fontFamily");
        assertTrue(font.contains("Vazirmatn"), font);
        Boolean fontLoaded = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.fonts.check('16px Vazirmatn', 'کوار')");
        assertTrue(fontLoaded, "Vazirmatn is served and loaded");
        // Right to left for real: the navigation sits at the right edge of the page.
        Long navRight = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.round(document.querySelector('.app-nav').getBoundingClientRect().right)");
        Long width = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth");
        assertTrue(Math.abs(width - navRight) < 5, "menu at the right edge: " + navRight + " of " + width);
        Browser.screenshot(driver, "02-dashboard-clerk");

        driver.findElement(By.id("userForm:logout")).click();
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("login.xhtml"));
        driver.get(Api.BASE + "/app/dashboard.xhtml");
        new WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void wrongPasswordShowsPersianMessage() throws Exception {
        driver.get(Api.BASE + "/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys("kavar.wg1");
        driver.findElement(By.id("login:password")).sendKeys("not-the-password-9");
        driver.findElement(By.id("login:submit")).click();
        String messages = driver.findElement(By.id("login:messages")).getText();
        assertTrue(messages.contains("نام کاربری یا گذرواژه نادرست است"), messages);
        Browser.screenshot(driver, "03-login-failed");
    }

    @Test
    void unknownPageShowsPersianErrorPageWithoutStackTrace() throws Exception {
        driver.get(Api.BASE + "/no-such-page.xhtml");
        String text = driver.findElement(By.id("error-box")).getText();
        assertTrue(text.contains("یافت نشد"), text);
        assertTrue(!driver.getPageSource().contains("Exception"), "no stack trace");
        Browser.screenshot(driver, "04-not-found");
    }
}
