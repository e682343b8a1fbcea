package ir.pishkhan.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void fillsEveryPlaceholderFromTheParameters() {
        Templates.Text t = Templates.render("RENEWAL_REMINDER", Map.of("licenseNumber", "0723-G-00017-0",
                "officeName", "دفتر پیشخوان کوار", "days", "۳۰", "expiry", "۱۴۰۵/۰۹/۰۳"));
        assertEquals("یادآوری تمدید پروانه", t.subject());
        assertTrue(t.body().contains("0723-G-00017-0") && t.body().contains("۳۰ روز") && t.body().contains("۱۴۰۵/۰۹/۰۳"),
                t.body());
        assertTrue(!t.body().contains("{"), t.body());
    }

    @Test
    void aMissingParameterOrUnknownTemplateIsAnErrorNotAHalfFilledText() {
        assertThrows(IllegalArgumentException.class, () -> Templates.render("RENEWAL_REMINDER", Map.of("licenseNumber", "x")));
        assertThrows(IllegalArgumentException.class, () -> Templates.render("NO_SUCH", Map.of()));
    }

    @Test
    void valuesWithDollarSignsOrBracesAreCopiedLiterally() {
        Templates.Text t = Templates.render("REVOCATION_RETURNED", Map.of("licenseNumber", "1", "note", "$1 {x}"));
        assertTrue(t.body().endsWith("$1 {x}"), t.body());
    }

    /** Every template the code queues exists, so no message is undeliverable by construction. */
    @Test
    void everyTemplateQueuedInTheCodeHasAText() throws IOException {
        Pattern queued = Pattern.compile("\"([A-Z_]{6,})\",\\s*Map\\.of\\(");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    String src = Files.readString(p);
                    if (!src.contains("outbox.queue(")) {
                        return;
                    }
                    Matcher m = queued.matcher(src);
                    while (m.find()) {
                        assertTrue(Templates.exists(m.group(1)), p + " queues unknown template " + m.group(1));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
