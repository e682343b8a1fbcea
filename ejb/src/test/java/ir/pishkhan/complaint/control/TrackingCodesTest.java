package ir.pishkhan.complaint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Complaint tracking codes: well formed, without look-alike characters, and forgiving to type. */
class TrackingCodesTest {

    @Test
    void codesAreWellFormedAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = TrackingCodes.next();
            assertTrue(TrackingCodes.wellFormed(code), code);
            assertFalse(code.matches(".*[01OIL].*"), code);
            seen.add(code);
        }
        assertEquals(10_000, seen.size());
    }

    @Test
    void typedCodesAreNormalised() {
        assertEquals("AB3CD-EF4GH", TrackingCodes.normalize(" ab3cd ef4gh "));
        assertEquals("AB3CD-EF4GH", TrackingCodes.normalize("ab3cdef4gh"));
        assertEquals("AB3CD-EF4GH", TrackingCodes.normalize("AB۳CD-EF۴GH"), "Persian digits");
        assertFalse(TrackingCodes.wellFormed(TrackingCodes.normalize("' OR 1=1 --")));
        assertFalse(TrackingCodes.wellFormed(TrackingCodes.normalize(null)));
    }
}
