package ir.pishkhan.capacity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.capacity.entity.CapacityBook;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.testing.Reflection;
import org.junit.jupiter.api.Test;

/** Slots takes a slot of a locked book — the one place issuance changes occupancy; no database needed for it. */
class SlotsTest {

    static CapacityBook book(int capacity) throws Exception {
        var pc = Province.class.getDeclaredConstructor();
        pc.setAccessible(true);
        Province fars = pc.newInstance();
        Reflection.set(fars, "id", 7L);
        County county = new County(fars, "کوار", "Kavar");
        Reflection.set(county, "id", 723L);
        return new CapacityBook(county, OfficeType.GOVERNMENT_COUNTER, capacity);
    }

    @Test
    void takeOccupiesOneSlotAndRefusesWhenTheBookIsFull() throws Exception {
        CapacityBook b = book(2);
        Slots slots = new Slots();
        slots.take(b);
        slots.take(b);
        assertEquals(2, b.getOccupied());
        BusinessException full = assertThrows(BusinessException.class, () -> slots.take(b));
        assertEquals("CAPACITY_FULL", full.code());
        assertEquals(2, b.getOccupied());
    }

    @Test
    void aCountyWithoutCapacityIsFull() throws Exception {
        assertEquals("CAPACITY_FULL", assertThrows(BusinessException.class, () -> new Slots().take(book(0))).code());
    }
}
