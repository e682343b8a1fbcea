package ir.pishkhan.capacity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.shared.error.BusinessException;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * A county over capacity: only licences brought in from an old register get it there; it keeps
 * its offices, nothing is free, nothing is issued until occupancy falls below capacity; own-shape
 * numbers brought in move the serials past them.
 */
class CapacityBookOverCapacityTest {

    private static CapacityBook book(int capacity) {
        return new CapacityBook(CapacityFixtures.kazerun(), OfficeType.GOVERNMENT_COUNTER, capacity);
    }

    @Test
    void importedLicencesOccupyTheirSlotsPastCapacity() {
        CapacityBook b = book(2);
        for (int i = 0; i < 5; i++) {
            b.occupyImported();
        }
        assertEquals(5, b.getOccupied());
        assertTrue(b.isOverCapacity());
        assertTrue(b.isSaturated());
        assertEquals(0, b.free());
    }

    @Test
    void nothingIsIssuedUntilOccupancyFallsBelowCapacity() {
        CapacityBook b = book(2);
        for (int i = 0; i < 3; i++) {
            b.occupyImported();
        }
        assertEquals("CAPACITY_FULL", assertThrows(BusinessException.class, b::reserve).code());
        b.release();
        assertFalse(b.isOverCapacity());
        assertEquals("CAPACITY_FULL", assertThrows(BusinessException.class, b::reserve).code(), "full, not over");
        b.release();
        assertEquals(1, b.free());
        b.reserve();
        assertEquals(2, b.getOccupied());
        assertEquals("CAPACITY_FULL", assertThrows(BusinessException.class, b::reserve).code(),
                "every other path still stops at capacity");
    }

    @Test
    void reserveNeverPassesCapacityByItself() {
        CapacityBook b = book(1);
        b.reserve();
        assertThrows(BusinessException.class, b::reserve);
        assertFalse(b.isOverCapacity());
    }

    @Test
    void aBookWithoutCapacityHoldingImportedOfficesIsOverCapacity() {
        CapacityBook b = book(0);
        b.occupyImported();
        assertTrue(b.isOverCapacity());
        assertFalse(b.isSaturated(), "no capacity at all shows as such");
        assertTrue(CapacityBook.overCapacity(3, 4));
        assertFalse(CapacityBook.overCapacity(4, 4));
    }

    @Test
    void anImportedOwnShapeNumberMovesTheSerialsPastIt() {
        CapacityBook b = book(10);
        assertEquals(1, b.getNextSerial());
        b.serialIssued(17);
        assertEquals(18, b.getNextSerial());
        b.serialIssued(5);
        assertEquals(18, b.getNextSerial(), "an older number leaves the serials where they are");
        assertEquals(18, b.takeSerial());
        assertEquals(19, b.getNextSerial());
    }

    @Test
    void anImportedApplicationWaitsWithItsHistoricalDay() {
        Instant day = Instant.parse("2022-03-21T00:00:00Z");
        Application a = Application.imported(CapacityFixtures.applicant(), CapacityFixtures.kazerun(),
                OfficeType.GOVERNMENT_COUNTER, "کازرون", EnumSet.of(RequiredDocument.PHOTO), day, CapacityFixtures.SUBMITTED);
        assertEquals(day, a.getSubmittedAt());
        assertEquals(ApplicationStatus.WAITING, a.getStatus());
        assertFalse(a.reimport("کازرون", EnumSet.of(RequiredDocument.PHOTO)));
        assertTrue(a.reimport("کازرون", EnumSet.allOf(RequiredDocument.class)));
        assertEquals(day, a.getSubmittedAt(), "its place on the waitlist stays");
        assertEquals("APPLICATION_DATE_INVALID", assertThrows(BusinessException.class, () -> Application.imported(
                CapacityFixtures.applicant(), CapacityFixtures.kazerun(), OfficeType.GOVERNMENT_COUNTER, "کازرون", null,
                CapacityFixtures.SUBMITTED.plusSeconds(1), CapacityFixtures.SUBMITTED)).code());
    }
}
