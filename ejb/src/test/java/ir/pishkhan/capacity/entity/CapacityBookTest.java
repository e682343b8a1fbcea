package ir.pishkhan.capacity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CapacityBookTest {

    private static CapacityBook book(int capacity) {
        return new CapacityBook(CapacityFixtures.kazerun(), OfficeType.GOVERNMENT_COUNTER, capacity);
    }

    private static void fill(CapacityBook book, int slots) {
        for (int i = 0; i < slots; i++) {
            book.reserve();
        }
    }

    @Test
    void aNewBookIsEmpty() {
        CapacityBook b = book(3);

        assertEquals(3, b.getCapacity());
        assertEquals(0, b.getOccupied());
        assertEquals(3, b.free());
        assertFalse(b.isSaturated());
    }

    @Test
    void reservesUpToCapacityThenRefusesWithCapacityFull() {
        CapacityBook b = book(3);

        b.reserve();
        assertEquals(1, b.getOccupied());
        assertEquals(2, b.free());
        b.reserve();
        b.reserve();
        assertEquals(3, b.getOccupied());
        assertEquals(0, b.free());
        assertTrue(b.isSaturated());

        BusinessException e = assertThrows(BusinessException.class, b::reserve);
        assertEquals("CAPACITY_FULL", e.code());
        assertEquals(ErrorKind.RULE, e.kind());
        assertEquals(3, b.getOccupied());
        assertEquals(0, b.free());
    }

    @Test
    void refusalsDoNotAccumulate() {
        CapacityBook b = book(2);
        fill(b, 2);

        for (int i = 0; i < 5; i++) {
            assertEquals("CAPACITY_FULL", assertThrows(BusinessException.class, b::reserve).code());
        }
        assertEquals(2, b.getOccupied());
        b.release();
        assertEquals(1, b.getOccupied());
        b.reserve();
        assertEquals(2, b.getOccupied());
    }

    @Test
    void zeroCapacityRefusesTheFirstReservation() {
        CapacityBook b = book(0);

        assertFalse(b.isSaturated(), "nothing to fill: a book without capacity is not saturated");
        assertEquals(0, b.free());
        assertEquals("CAPACITY_FULL", assertThrows(BusinessException.class, b::reserve).code());
        assertEquals(0, b.getOccupied());
    }

    @Test
    void releaseFreesOneSlot() {
        CapacityBook b = book(3);
        fill(b, 3);

        b.release();

        assertEquals(2, b.getOccupied());
        assertEquals(1, b.free());
        assertFalse(b.isSaturated());
        b.reserve();
        assertEquals(3, b.getOccupied());
    }

    @Test
    void releaseWithNothingOccupiedThrowsIllegalState() {
        CapacityBook b = book(3);

        assertThrows(IllegalStateException.class, b::release);
        assertEquals(0, b.getOccupied());
    }

    @Test
    void releasingMoreThanWasReservedThrowsIllegalState() {
        CapacityBook b = book(3);
        fill(b, 2);
        b.release();
        b.release();

        assertThrows(IllegalStateException.class, b::release);
        assertEquals(0, b.getOccupied());
    }

    @Test
    void loweringCapacityBelowOccupancyEvictsNobody() {
        CapacityBook b = book(5);
        fill(b, 5);

        b.setCapacity(2);

        assertEquals(2, b.getCapacity());
        assertEquals(5, b.getOccupied());
        assertTrue(b.isSaturated());
        assertEquals(0, b.free());
        assertEquals("CAPACITY_FULL", assertThrows(BusinessException.class, b::reserve).code());
        assertEquals(5, b.getOccupied());
    }

    @Test
    void afterLoweringCapacityReservationsWaitUntilOccupancyFallsBelowIt() {
        CapacityBook b = book(5);
        fill(b, 5);
        b.setCapacity(2);

        b.release(); // 4 of 2
        b.release(); // 3 of 2
        b.release(); // 2 of 2
        assertEquals(2, b.getOccupied());
        assertTrue(b.isSaturated());
        assertEquals(0, b.free());
        assertEquals("CAPACITY_FULL", assertThrows(BusinessException.class, b::reserve).code());

        b.release(); // 1 of 2
        assertFalse(b.isSaturated());
        assertEquals(1, b.free());
        b.reserve();
        assertEquals(2, b.getOccupied());
        assertTrue(b.isSaturated());
        assertEquals("CAPACITY_FULL", assertThrows(BusinessException.class, b::reserve).code());
    }

    @Test
    void raisingCapacityOpensSlots() {
        CapacityBook b = book(1);
        fill(b, 1);

        b.setCapacity(3);

        assertEquals(2, b.free());
        assertFalse(b.isSaturated());
        fill(b, 2);
        assertEquals(3, b.getOccupied());
        assertEquals("CAPACITY_FULL", assertThrows(BusinessException.class, b::reserve).code());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -100, 100_001, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void constructorRefusesCapacityOutOfRange(int capacity) {
        BusinessException e = assertThrows(BusinessException.class, () -> book(capacity));

        assertEquals("CAPACITY_INVALID", e.code());
        assertEquals(ErrorKind.INVALID, e.kind());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 100_001})
    void setCapacityRefusesOutOfRangeAndKeepsTheOldCapacity(int capacity) {
        CapacityBook b = book(4);
        fill(b, 1);

        BusinessException e = assertThrows(BusinessException.class, () -> b.setCapacity(capacity));

        assertEquals("CAPACITY_INVALID", e.code());
        assertEquals(4, b.getCapacity());
        assertEquals(1, b.getOccupied());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 100_000})
    void capacityBoundsAreInclusive(int capacity) {
        CapacityBook b = book(4);

        b.setCapacity(capacity);

        assertEquals(capacity, b.getCapacity());
        assertEquals(capacity, book(capacity).getCapacity());
    }

    @Test
    void takeSerialCountsFromOne() {
        CapacityBook b = book(1);

        assertEquals(1, b.takeSerial());
        assertEquals(2, b.takeSerial());
        assertEquals(3, b.takeSerial());
        assertEquals(4, b.takeSerial());
    }

    @Test
    void serialsDoNotDependOnOccupancy() {
        CapacityBook b = book(1);
        assertEquals(1, b.takeSerial());
        b.reserve();
        b.release();

        assertEquals(2, b.takeSerial());
        assertEquals(0, b.getOccupied());
    }
}
