package ir.pishkhan.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TehranDaysTest {

    @Test
    void oneInTheMorningInTehranIsTehransDayNotTheUtcOne() {
        // 01:00 on 1405/09/10 (2026-12-01) in Tehran is 21:30 UTC on 2026-11-30.
        Instant oneAm = Instant.parse("2026-11-30T21:30:00Z");
        assertEquals(LocalDate.of(2026, 12, 1), TehranDays.of(oneAm));
        assertEquals(Instant.parse("2026-11-30T20:30:00Z"), TehranDays.startOf(LocalDate.of(2026, 12, 1)));
        assertEquals("'2026-11-30 20:30:00.000000'", TehranDays.sqlStartOf(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void theDaylightSavingYearsFollowTheZoneRules() {
        // Summer 2021: Tehran was at +04:30, so its day began at 19:30 UTC.
        assertEquals(Instant.parse("2021-07-31T19:30:00Z"), TehranDays.startOf(LocalDate.of(2021, 8, 1)));
        assertEquals(LocalDate.of(2021, 8, 1), TehranDays.of(Instant.parse("2021-07-31T19:45:00Z")));
    }

    @Test
    void sqlDayIsOneShiftSinceTheLastChangeOfOffsetAndACaseAcrossChanges() {
        assertEquals("DATE(DATE_ADD(a.occurred_at, INTERVAL 12600 SECOND))",
                TehranDays.sqlDayOf("a.occurred_at", Instant.parse("2023-01-01T00:00:00Z")));
        String acrossTheLastSummer = TehranDays.sqlDayOf("a.occurred_at", Instant.parse("2022-08-01T00:00:00Z"));
        // Daylight saving time ended on 1401/06/30 at 24:00 (+04:30), i.e. 2022-09-21 19:30 UTC.
        assertEquals("(CASE WHEN a.occurred_at >= '2022-09-21 19:30:00.000000' THEN DATE(DATE_ADD(a.occurred_at, INTERVAL 12600 SECOND))"
                + " ELSE DATE(DATE_ADD(a.occurred_at, INTERVAL 16200 SECOND)) END)", acrossTheLastSummer);
        String always = TehranDays.sqlDayOf("c.answered_at", null);
        assertTrue(always.startsWith("(CASE WHEN c.answered_at >= '2022-09-21 19:30:00.000000' THEN"), always);
    }
}
