package ir.pishkhan.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What a Persian reader sees on a page, read in Chromium: the visible text outside codes, and how
 * codes (licence numbers, tracking codes, usernames, file names — marked {@code class="code"}, or
 * wrapped in the isolate marks U+2066…U+2069 where a label cannot hold markup) are laid out.
 */
public final class PersianPage {

    /**
     * Each visible text node under {@code root} that is not inside a code, with the element it sits
     * in. Form fields, option lists and PrimeFaces' hidden accessible copies are skipped: they are not
     * text on the page.
     */
    private static final String VISIBLE_TEXT = """
            const root = arguments[0];
            const found = [];
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!el || el.closest('.code, script, style, textarea, select, .ui-helper-hidden-accessible')) continue;
              if (!el.checkVisibility({visibilityProperty: true, checkVisibilityCSS: true})) continue;
              const text = n.textContent.replace(/\\u2066[^\\u2069]*\\u2069/g, '').trim();
              if (!text) continue;
              const where = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
              found.push(text + '  ‹' + where + '›');
            }
            return found;""";

    private PersianPage() {
    }

    /** The visible text pieces under {@code root} outside codes, each followed by ‹the element it is in›. */
    @SuppressWarnings("unchecked")
    public static List<String> textOutsideCodes(WebDriver driver, WebElement root) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(VISIBLE_TEXT, root);
    }

    /** Fails, naming each piece, if any visible text under {@code root} outside a code has a Latin digit. */
    public static void assertPersianDigits(WebDriver driver, WebElement root, String what) {
        List<String> latin = textOutsideCodes(driver, root).stream().filter(t -> t.replaceAll("‹.*›$", "").matches("(?s).*[0-9].*"))
                .toList();
        assertEquals(List.of(), latin, what + ": Latin digits outside codes");
    }

    /** Fails if visible text under {@code root} outside a code shows an action code or a class name. */
    public static void assertNoCodeWords(WebDriver driver, WebElement root, String what) {
        List<String> codes = textOutsideCodes(driver, root).stream().map(t -> t.replaceAll("‹.*›$", ""))
                .filter(t -> t.matches("(?s).*([A-Z]{2,}_[A-Z]+|\\b[A-Z][a-z]+[A-Z][a-z]+\\b).*")).toList();
        assertEquals(List.of(), codes, what + ": codes or class names shown to people");
    }

    /**
     * Fails unless {@code code} reads as one left-to-right run isolated from the Persian around it,
     * on a single line.
     */
    @SuppressWarnings("unchecked")
    public static void assertIsolatedCode(WebDriver driver, WebElement code) {
        Map<String, Object> layout = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "const s = getComputedStyle(arguments[0]);"
                        + "return {direction: s.direction, bidi: s.unicodeBidi, wrap: s.whiteSpace,"
                        // A run of mixed scripts is drawn as several boxes; boxes on one line share their top.
                        + " lines: new Set(Array.from(arguments[0].getClientRects(), r => Math.round(r.top))).size};", code);
        assertEquals("ltr", layout.get("direction"), code.getText());
        assertEquals("isolate", layout.get("bidi"), code.getText());
        assertEquals("nowrap", layout.get("wrap"), code.getText());
        assertEquals(1L, ((Number) layout.get("lines")).longValue(), code.getText() + " is on one line");
    }

    /** The horizontal position on screen where {@code part} of the element's text starts. */
    public static double leftOf(WebDriver driver, WebElement element, String part) {
        Object x = ((JavascriptExecutor) driver).executeScript(
                "const node = arguments[0].firstChild; const i = node.textContent.indexOf(arguments[1]);"
                        + "const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + arguments[1].length);"
                        + "return r.getBoundingClientRect().left;", element, part);
        assertTrue(x instanceof Number, part + " in " + element.getText());
        return ((Number) x).doubleValue();
    }

    /** Persian digits for a number, as the pages write labels such as report numbers. */
    public static String persian(long n) {
        StringBuilder s = new StringBuilder();
        for (char ch : Long.toString(n).toCharArray()) {
            s.append((char) ('۰' + (ch - '0')));
        }
        return s.toString();
    }
}
