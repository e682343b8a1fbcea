package ir.pishkhan.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a person types in a Jalali date field, and what the field shows back. */
class JalaliDateConverterTest {

    final JalaliDateConverter converter = new JalaliDateConverter();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"۱۴۰۴/۰۸/۱۵", "١٤٠٤/٠٨/١٥", "1404/08/15", " 1404/8/15 "})
    void aDateTypedWithPersianArabicOrLatinDigitsIsTheSameDay(String typed) {
        assertEquals(LocalDate.of(2025, 11, 6), converter.getAsObject(null, null, typed));
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"", "   "})
    void anEmptyFieldIsNoDate(String typed) {
        assertNull(converter.getAsObject(null, null, typed));
        assertNull(converter.getAsObject(null, null, null));
    }

    @Test
    void anImpossibleDateIsRefusedInPersianNextToTheField() {
        // 1397 is not a leap year: Esfand has 29 days.
        ConverterException refused = assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "۱۳۹۷/۱۲/۳۰"));
        FacesMessage message = refused.getFacesMessage();
        assertEquals(FacesMessage.SEVERITY_ERROR, message.getSeverity());
        assertTrue(message.getSummary().chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), message::getSummary);
        assertTrue(message.getSummary().contains("۱۴۰۴/۰۸/۱۵"), () -> "tells the expected form: " + message.getSummary());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"1404/13/01", "1404/01/32", "فردا", "2025-11-06"})
    void textThatIsNotAJalaliDateIsRefused(String typed) {
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, typed));
    }

    @Test
    void theFieldShowsLatinDigitsForTheDatePicker() {
        assertEquals("1404/08/15", converter.getAsString(null, null, LocalDate.of(2025, 11, 6)));
        assertEquals("1403/12/30", converter.getAsString(null, null, LocalDate.of(2025, 3, 20)));
        assertEquals("", converter.getAsString(null, null, null));
    }
}
