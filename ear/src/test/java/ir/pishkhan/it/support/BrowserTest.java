package ir.pishkhan.it.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless Chromium per test, with the waits every page test needs. */
public abstract class BrowserTest {

    protected WebDriver driver;
    protected WebDriverWait wait;
    /** PrimeFaces select menus, the Jalali date picker and the AJAX queue, each waited on by its own state. */
    protected Widgets widgets;

    @BeforeEach
    protected void openBrowser() throws Exception {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        widgets = new Widgets(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    protected void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Waits until PrimeFaces has no AJAX request in flight. */
    protected void waitForAjax() {
        widgets.waitForAjax();
    }

    /** Chooses an item of a PrimeFaces select-one menu by its label (see {@link Widgets#choose}). */
    protected void choose(String menuId, String label) {
        widgets.choose(menuId, label);
    }

    /** Signs in on the login page and waits for the dashboard. */
    protected void signIn(String username, String password) {
        driver.get(Api.BASE + "/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("dashboard.xhtml"));
    }

    /** Signs out with the layout's button and waits for the login page. */
    protected void signOut() {
        driver.findElement(By.id("userForm:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    }
}
