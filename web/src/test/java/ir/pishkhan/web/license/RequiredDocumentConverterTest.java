package ir.pishkhan.web.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.capacity.entity.RequiredDocument;
import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;

/** The checked documents of an application survive the round trip through the page. */
class RequiredDocumentConverterTest {

    final RequiredDocumentConverter converter = new RequiredDocumentConverter();

    @Test
    void everyDocumentGoesToThePageAndBackUnchanged() {
        for (RequiredDocument d : RequiredDocument.values()) {
            assertEquals(d, converter.getAsObject(null, null, converter.getAsString(null, null, d)));
        }
    }

    @Test
    void nothingCheckedIsNoDocumentAndAnUnknownOneIsRefused() {
        assertNull(converter.getAsObject(null, null, ""));
        assertNull(converter.getAsObject(null, null, null));
        assertEquals("", converter.getAsString(null, null, null));
        assertThrows(ConverterException.class, () -> converter.getAsObject(null, null, "PASSPORT"));
    }
}
