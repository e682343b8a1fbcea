package ir.pishkhan.capacity.entity;

import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.shared.identity.NationalCode;
import ir.pishkhan.testing.Reflection;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.EnumSet;

/** Reference data and an applicant for the capacity tests, built without a database. */
final class CapacityFixtures {

    static final Instant SUBMITTED = Instant.parse("2025-01-01T08:00:00Z");

    private CapacityFixtures() {
    }

    static Province fars() {
        try {
            Constructor<Province> c = Province.class.getDeclaredConstructor();
            c.setAccessible(true);
            Province p = c.newInstance();
            Reflection.set(p, "id", 7L);
            Reflection.set(p, "code", "IR-07");
            Reflection.set(p, "nameFa", "فارس");
            Reflection.set(p, "nameEn", "Fars");
            return p;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static County kazerun() {
        County c = new County(fars(), "کازرون", "Kazerun");
        Reflection.set(c, "id", 723L);
        return c;
    }

    static Applicant applicant() {
        return new Applicant(NationalCode.of("0499370899"), "علی", "کاشانی", "09121234567", null,
                Education.BACHELOR, SUBMITTED);
    }

    static Application application() {
        return new Application(applicant(), kazerun(), OfficeType.GOVERNMENT_COUNTER, "کازرون",
                EnumSet.noneOf(RequiredDocument.class), null, SUBMITTED);
    }
}
