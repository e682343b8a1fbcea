package ir.pishkhan.workinggroup.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.testing.Reflection;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WgSessionTest {

    private static County kavar() throws ReflectiveOperationException {
        var constructor = Province.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Province fars = constructor.newInstance();
        Reflection.set(fars, "id", 7L);
        Reflection.set(fars, "nameFa", "فارس");
        return new County(fars, "کوار", "Kavar");
    }

    private static WgSession at(String time) {
        try {
            return at(kavar(), time);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WgSession at(County kavar, String time) {
        return new WgSession(kavar, LocalDate.of(2026, 11, 30), time, "سالن جلسات", "kavar.secretary", Instant.EPOCH);
    }

    @Test
    void aTimeTypedInPersianDigitsIsKeptInLatinOnes() {
        assertEquals("10:30", at("۱۰:۳۰").getTime());
        assertEquals("09:05", at(" 09:05 ").getTime());
    }

    @Test
    void anImpossibleTimeIsRefused() {
        assertEquals("SESSION_TIME_INVALID", assertThrows(BusinessException.class, () -> at("۲۵:۰۰")).code());
        assertThrows(BusinessException.class, () -> at("10.30"));
    }
}
