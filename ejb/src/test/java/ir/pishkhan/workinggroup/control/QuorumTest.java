package ir.pishkhan.workinggroup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The quorum: a majority of members by default, or a configured share rounded up. */
class QuorumTest {

    @Test
    void majorityByDefault() {
        assertEquals(1, Quorum.of(1, null));
        assertEquals(2, Quorum.of(2, null));
        assertEquals(2, Quorum.of(3, null));
        assertEquals(3, Quorum.of(4, null));
        assertEquals(3, Quorum.of(5, null));
    }

    @Test
    void aConfiguredShareIsRoundedUp() {
        assertEquals(4, Quorum.of(5, 66));
        assertEquals(3, Quorum.of(3, 100));
        assertEquals(1, Quorum.of(3, 1));
    }
}
