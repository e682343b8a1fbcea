package ir.pishkhan.it.support;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one place the browser tests drive PrimeFaces widgets and the Jalali date picker, as a
 * person would (a click on the menu, a click on the item, a key in the field), and then wait on
 * the widget's own state — never on time. On a busy machine the select menus animate slowly:
 * an item clicked while its panel is still fading in may miss, so a choice counts as made only
 * when the panel is closed and the widget's hidden {@code <select>} holds the chosen option.
 * Each helper fails with a message that says which widget was left in which state.
 */
public final class Widgets {

    /** How often a missed click on a menu item is tried again before the test fails. */
    private static final int ATTEMPTS = 3;

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Widgets(WebDriver driver, Duration timeout) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, timeout);
    }

    /** Waits until PrimeFaces has no AJAX request queued or in flight. */
    public void waitForAjax() {
        wait.withMessage("a PrimeFaces AJAX request never finished").until(d -> (Boolean) js(
                "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0))"));
    }

    /**
     * Chooses the item of a select-one menu whose label is exactly {@code label}; in a menu with a
     * filter box the label is typed there first, as a person would in a long list.
     */
    public void choose(String menuId, String label) {
        chooseWhere(menuId, label, "label '" + label + "'",
                "return items.findIndex(function (li) { return li.getAttribute('data-label') === arguments_[0]; });",
                label);
    }

    /** Chooses the first item of a select-one menu whose label starts with {@code prefix}. */
    public void chooseStartingWith(String menuId, String prefix) {
        chooseWhere(menuId, null, "a label starting with '" + prefix + "'",
                "return items.findIndex(function (li) { return (li.getAttribute('data-label') || '').indexOf(arguments_[0]) === 0; });",
                prefix);
    }

    /** Chooses the item at {@code index} of a select-one menu (0 is the first, often «انتخاب کنید»). */
    public void chooseIndex(String menuId, int index) {
        chooseWhere(menuId, null, "item " + index, "return arguments_[0] < items.length ? arguments_[0] : -1;", index);
    }

    /**
     * Types a Jalali date into a date field; the calendar that opens on the field is closed with
     * Escape, as a person would, and the field keeps what was typed.
     */
    public void typeDate(String inputId, String jalali) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(inputId)));
        field.clear();
        field.sendKeys(jalali);
        wait.withMessage("the calendar of " + inputId + " never opened")
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("jdp-container")));
        closeCalendar();
    }

    /** Presses Escape in the focused field and waits until the Jalali calendar is closed. */
    public void closeCalendar() {
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.withMessage("the Jalali calendar did not close on Escape")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("jdp-container")));
    }

    /**
     * Opens the menu, waits for its panel to stand still, clicks the item the script picks
     * ({@code items} are the panel's {@code li} elements, {@code arguments_[0]} the argument),
     * and waits for the widget to hold it; a click that missed is tried again.
     */
    private void chooseWhere(String menuId, String filterText, String what, String pickScript, Object argument) {
        String css = "#" + menuId.replace(":", "\\:");
        String state = "";
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            waitForAjax();
            WebElement menu = wait.withMessage("select menu " + menuId + " is not on the page")
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
            if (!panelOpen(css)) {
                menu.click();
            }
            wait.withMessage("the panel of select menu " + menuId + " never opened")
                    .until(d -> panelOpen(css) && !panelAnimating(css));
            List<WebElement> filter = driver.findElements(By.cssSelector(css + "_filter"));
            if (filterText != null && !filter.isEmpty()) {
                filter.get(0).clear();
                filter.get(0).sendKeys(filterText);
                wait.withMessage("the filter of select menu " + menuId + " never showed '" + filterText + "'")
                        .until(d -> Boolean.TRUE.equals(js("var want = arguments[1]; return Array.prototype.some.call(document.querySelectorAll("
                                + "arguments[0] + '_panel li.ui-selectonemenu-item'), function (li) {"
                                + " return li.getAttribute('data-label') === want && li.offsetParent !== null; });",
                                css, filterText)));
            }
            List<WebElement> items = driver.findElements(By.cssSelector(css + "_panel li.ui-selectonemenu-item"));
            Long index = (Long) js("var items = Array.prototype.slice.call(arguments[0]); var arguments_ = [arguments[1]]; "
                    + pickScript, items, argument);
            if (index == null || index < 0) {
                throw new AssertionError("select menu " + menuId + " has no item with " + what + "; it offers "
                        + labels(items));
            }
            WebElement item = items.get(index.intValue());
            js("arguments[0].scrollIntoView({block: 'nearest'});", item);
            String label = item.getAttribute("data-label");
            item.click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> holds(css, label) && !panelOpen(css));
                waitForAjax();
                return;
            } catch (TimeoutException missed) {
                state = "panel open: " + panelOpen(css) + ", label shown: '" + text(css + "_label")
                        + "', hidden select holds: '" + js("var s = document.querySelector(arguments[0]);"
                        + " return s && s.selectedIndex >= 0 ? s.options[s.selectedIndex].text : '';", css + "_input") + "'";
                if (panelOpen(css)) {
                    // Close it the way a person would before trying again.
                    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
                }
            }
        }
        throw new AssertionError("select menu " + menuId + " did not take " + what + " after " + ATTEMPTS
                + " tries (" + state + ")");
    }

    /** Whether the widget shows {@code label} and its hidden select has that option selected. */
    private boolean holds(String css, String label) {
        return Boolean.TRUE.equals(js("var s = document.querySelector(arguments[0] + '_input');"
                + " var l = document.querySelector(arguments[0] + '_label');"
                + " return !!s && s.selectedIndex >= 0 && s.options[s.selectedIndex].text === arguments[1]"
                + " && (!l || l.textContent === arguments[1]);", css, label));
    }

    private boolean panelOpen(String css) {
        return Boolean.TRUE.equals(js("var p = document.querySelector(arguments[0]);"
                + " return !!p && p.offsetParent !== null && getComputedStyle(p).visibility !== 'hidden';", css + "_panel"));
    }

    /** jQuery's own flag for a running show/hide animation of the panel. */
    private boolean panelAnimating(String css) {
        return Boolean.TRUE.equals(js("return !!window.jQuery && jQuery(arguments[0]).is(':animated');", css + "_panel"));
    }

    private String text(String css) {
        Object t = js("var e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css);
        return t == null ? "" : t.toString();
    }

    private static String labels(List<WebElement> items) {
        StringBuilder s = new StringBuilder("[");
        for (WebElement li : items) {
            s.append(s.length() > 1 ? ", " : "").append(li.getAttribute("data-label"));
        }
        return s.append(']').toString();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
