package ir.pishkhan.license.entity;

import static ir.pishkhan.license.entity.LicenseTest.NOW;
import static ir.pishkhan.license.entity.LicenseTest.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.pishkhan.shared.jalali.JalaliDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Temporary booths: one Jalali year, no overlap, at most a month a year — kept by the licence, no database. */
class BoothLimitsTest {

    /** 1 Farvardin 1405. */
    static final LocalDate NOWRUZ = JalaliDates.of(1405, 1, 1);

    static BoothPlan plan(LocalDate from, LocalDate to) {
        return new BoothPlan("نمایشگاه", from, to, "WG-9");
    }

    @Test
    void aBoothIsRecordedInTheHistoryWithoutMovingTheOffice() throws Exception {
        License l = LicenseTest.license();
        TemporaryBooth b = l.addBooth(plan(NOWRUZ.plusDays(10), NOWRUZ.plusDays(12)), List.of(), "c", NOW);
        assertEquals(3, b.days());
        assertEquals("خیابان ۱", l.getAddress());
        LicenseEvent last = l.getEvents().get(l.getEvents().size() - 1);
        assertEquals(LicenseEventType.RELOCATED, last.getType());
        assertEquals("غرفهٔ موقت در نمایشگاه از " + JalaliDates.format(NOWRUZ.plusDays(10)) + " تا "
                + JalaliDates.format(NOWRUZ.plusDays(12)) + " (مصوبهٔ WG-9)", last.getReason());
    }

    @Test
    void onlyForAnActiveLicence() throws Exception {
        License l = LicenseTest.license();
        l.suspend(LocalDate.of(2026, 2, 1), "تعلیق", "sec", NOW);
        assertEquals("LICENSE_NOT_ACTIVE", code(() -> l.addBooth(plan(NOWRUZ, NOWRUZ), List.of(), "c", NOW)));
    }

    @Test
    void withinOneJalaliYear() throws Exception {
        License l = LicenseTest.license();
        assertEquals("BOOTH_CROSSES_YEAR", code(() -> l.addBooth(plan(NOWRUZ.minusDays(2), NOWRUZ.plusDays(2)), List.of(), "c", NOW)));
    }

    @Test
    void neverOverlappingAnother() throws Exception {
        License l = LicenseTest.license();
        List<TemporaryBooth> earlier = new ArrayList<>();
        earlier.add(l.addBooth(plan(NOWRUZ.plusDays(10), NOWRUZ.plusDays(14)), earlier, "c", NOW));
        assertEquals("BOOTH_OVERLAPS", code(() -> l.addBooth(plan(NOWRUZ.plusDays(14), NOWRUZ.plusDays(15)), earlier, "c", NOW)));
        earlier.add(l.addBooth(plan(NOWRUZ.plusDays(15), NOWRUZ.plusDays(15)), earlier, "c", NOW));
        assertEquals(2, earlier.size());
    }

    @Test
    void atMostThirtyDaysAYearAllTogether() throws Exception {
        License l = LicenseTest.license();
        List<TemporaryBooth> earlier = new ArrayList<>();
        earlier.add(l.addBooth(plan(NOWRUZ, NOWRUZ.plusDays(19)), earlier, "c", NOW));          // 20 days
        assertEquals("BOOTH_LIMIT", code(() -> l.addBooth(plan(NOWRUZ.plusDays(40), NOWRUZ.plusDays(50)), earlier, "c", NOW)));
        earlier.add(l.addBooth(plan(NOWRUZ.plusDays(40), NOWRUZ.plusDays(49)), earlier, "c", NOW)); // 10 more: 30
        assertEquals("BOOTH_LIMIT", code(() -> l.addBooth(plan(NOWRUZ.plusDays(60), NOWRUZ.plusDays(60)), earlier, "c", NOW)));
        // The next Jalali year starts afresh.
        LocalDate nextNowruz = JalaliDates.of(1406, 1, 1);
        l.addBooth(plan(nextNowruz, nextNowruz.plusDays(29)), earlier, "c", NOW);
    }
}
