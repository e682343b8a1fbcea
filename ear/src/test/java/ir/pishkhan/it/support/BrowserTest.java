package ir.pishkhan.it;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A fresh headless Chromium per test, with the waits every page test needs. */
abstract class BrowserTest {

    WebDriver driver;
    WebDriverWait wait;
    /** PrimeFaces select menus, the Jalali date picker and the AJAX queue, each waited on by its own state. */
    Widgets widgets;

    @BeforeEach
    void openBrowser() throws Exception {
        driver = Browser.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        widgets = new Widgets(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Waits until PrimeFaces has no AJAX request in flight. */
    void waitForAjax() {
        widgets.waitForAjax();
    }

    /** Chooses an item of a PrimeFaces select-one menu by its label (see {@link Widgets#choose}). */
    void choose(String menuId, String label) {
        widgets.choose(menuId, label);
    }

    /** Signs in on the login page and waits for the dashboard. */
    void signIn(String username, String password) {
        driver.get(Api.BASE + "/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("dashboard.xhtml"));
    }

    /** Signs out with the layout's button and waits for the login page. */
    void signOut() {
        driver.findElement(By.id("userForm:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    }
}
