package ir.pishkhan.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page must get right whoever looks at it: nothing wider than the window at the
 * widths of the offices' screens (1366 and 1024 pixels), and no serious or critical
 * accessibility violation by axe-core's rules. Each check returns the problems it found, in
 * words a person can act on; an empty list means the page passed.
 */
public final class PageChecks {

    /** A window size the counter offices' screens have. */
    public record Width(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    public static final List<Width> WIDTHS = List.of(new Width(1366, 900), new Width(1024, 768));

    private static String axeSource;

    private final WebDriver driver;
    private final JavascriptExecutor js;
    private final WebDriverWait wait;

    public PageChecks(WebDriver driver) {
        this.driver = driver;
        this.js = (JavascriptExecutor) driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // axe-core takes a few seconds on a long page of a busy machine.
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    }

    /**
     * Checks the page now in the browser at every width (overflow, then axe-core), saving a
     * screenshot of each for a person to look at; returns the problems, each prefixed with the
     * page's name.
     */
    public List<String> check(String name) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Width size : WIDTHS) {
            resize(size);
            String overflow = overflow();
            if (overflow != null) {
                problems.add(name + " at " + size + ": " + overflow);
            }
            for (String select : selectsWithTextUnderTheArrow()) {
                problems.add(name + " at " + size + ": the select box's text runs under its arrow: " + select);
            }
            for (String cell : clippedTableCells()) {
                problems.add(name + " at " + size + ": a table cell hides part of its content: " + cell);
            }
            for (String violation : axeViolations()) {
                problems.add(name + " at " + size + ": " + violation);
            }
            screenshotWholePage("page-" + name.replace('/', '-').replace(".xhtml", "") + "-" + size.width(), size);
        }
        resize(WIDTHS.get(0));
        return problems;
    }

    /**
     * A screenshot of the whole page at this width, for a person to look at: the window is made
     * as tall as the page (at most 4000 px) for the picture, then given back its height.
     */
    public void screenshotWholePage(String file, Width size) throws Exception {
        js.executeScript("window.scrollTo(0, 0)");
        int height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).intValue();
        driver.manage().window().setSize(new Dimension(size.width(), Math.min(Math.max(height, size.height()), 4000)));
        waitUntilSettled();
        Browser.screenshot(driver, file);
        resize(size);
    }

    /** Resizes the window and waits until the page has laid itself out at the new width. */
    public void resize(Width size) {
        driver.manage().window().setSize(new Dimension(size.width(), size.height()));
        wait.until(d -> ((Number) js.executeScript("return window.innerWidth")).intValue() == size.width());
        waitUntilSettled();
    }

    /** Waits for the document, PrimeFaces' AJAX queue, web fonts and two animation frames. */
    public void waitUntilSettled() {
        wait.until(d -> "complete".equals(js.executeScript("return document.readyState")));
        wait.until(d -> (Boolean) js.executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()"));
        js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(function () {"
                + "  requestAnimationFrame(function () { requestAnimationFrame(function () { done(true); }); });"
                + "});");
    }

    /**
     * Null if the page fits the window, otherwise by how much it is wider and the elements that
     * stick out furthest (the ones to fix).
     */
    public String overflow() {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) js.executeScript(
                "var root = document.documentElement;"
                + "var over = root.scrollWidth - root.clientWidth;"
                + "if (over <= 0) { return null; }"
                + "var width = root.clientWidth, culprits = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && (r.right > width + 1 || r.left < -1)) {"
                + "    var parent = e.parentElement && e.parentElement.getBoundingClientRect();"
                + "    var parentOut = parent && (parent.right > width + 1 || parent.left < -1);"
                + "    if (!parentOut) {"
                + "      culprits.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "        + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')"
                + "        + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']');"
                + "    }"
                + "  }"
                + "});"
                + "return {over: over, culprits: culprits.slice(0, 8).join(', ')};");
        if (result == null) {
            return null;
        }
        return "the page is " + result.get("over") + " px wider than the window (scrollWidth > clientWidth); outermost "
                + "elements sticking out: " + result.get("culprits");
    }

    /**
     * PrimeFaces select boxes (right to left: the arrow at the left end) whose label's text box
     * reaches under the arrow, so that a long choice is drawn over by it.
     */
    public List<String> selectsWithTextUnderTheArrow() {
        return strings(js.executeScript(
                "var found = [];"
                + "document.querySelectorAll('.ui-selectonemenu').forEach(function (menu) {"
                + "  var label = menu.querySelector('.ui-selectonemenu-label');"
                + "  var arrow = menu.querySelector('.ui-selectonemenu-trigger');"
                + "  if (!label || !arrow || !menu.offsetParent) { return; }"
                + "  var l = label.getBoundingClientRect(), a = arrow.getBoundingClientRect(), css = getComputedStyle(label);"
                + "  var textLeft = l.left + parseFloat(css.paddingLeft), textRight = l.right - parseFloat(css.paddingRight);"
                + "  if (textLeft < a.right - 1 && textRight > a.left + 1) {"
                + "    found.push('#' + menu.id + ' «' + label.textContent.trim() + '» text ' + Math.round(textLeft) + '..'"
                + "      + Math.round(textRight) + ', arrow ' + Math.round(a.left) + '..' + Math.round(a.right));"
                + "  }"
                + "});"
                + "return found;"));
    }

    /** Table cells whose content is wider than the cell, the rest hidden (PrimeFaces clips cells). */
    public List<String> clippedTableCells() {
        return strings(js.executeScript(
                "var found = [];"
                + "document.querySelectorAll('.ui-datatable th, .ui-datatable td').forEach(function (cell) {"
                + "  if (cell.offsetParent && cell.scrollWidth > cell.clientWidth + 1"
                + "      && getComputedStyle(cell).overflowX !== 'visible') {"
                + "    found.push((cell.closest('[id]') ? '#' + cell.closest('[id]').id + ' ' : '') + '«'"
                + "      + cell.textContent.trim().replace(/\\s+/g, ' ').slice(0, 60) + '» ' + cell.scrollWidth + ' px in '"
                + "      + cell.clientWidth);"
                + "  }"
                + "});"
                + "return found.slice(0, 8);"));
    }

    private static List<String> strings(Object list) {
        List<String> result = new ArrayList<>();
        for (Object o : (List<?>) list) {
            result.add(String.valueOf(o));
        }
        return result;
    }

    /** Injects axe-core and lists its serious and critical violations, each with its targets. */
    public List<String> axeViolations() throws IOException {
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(axe());
        }
        Object answer = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) {"
                + "      return v.impact + ' ' + v.id + ' (' + v.help + '): '"
                + "        + v.nodes.slice(0, 6).map(function (n) { return n.target.join(' ') + (n.failureSummary"
                + "          ? ' — ' + n.failureSummary.replace(/\\s+/g, ' ').slice(0, 160) : ''); }).join('; ')"
                + "        + (v.nodes.length > 6 ? '; and ' + (v.nodes.length - 6) + ' more' : '');"
                + "    }));"
                + "}, function (e) { done(['axe-core failed to run: ' + e]); });");
        return strings(answer);
    }

    /** axe-core's browser build, installed from npm by the build (see the ear module's pom). */
    private static synchronized String axe() throws IOException {
        if (axeSource == null) {
            Path script = Path.of(System.getProperty("axe.script", "src/test/frontend/node_modules/axe-core/axe.min.js"));
            if (!Files.isRegularFile(script)) {
                throw new IllegalStateException("axe-core is not installed: " + script.toAbsolutePath()
                        + " (the build runs npm ci in src/test/frontend)");
            }
            axeSource = Files.readString(script, StandardCharsets.UTF_8);
        }
        return axeSource;
    }
}
