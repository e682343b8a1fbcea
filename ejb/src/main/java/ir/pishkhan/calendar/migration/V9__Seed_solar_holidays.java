package ir.pishkhan.calendar.migration;

import ir.pishkhan.shared.jalali.JalaliDates;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 9: the fixed solar public holidays of Jalali years 1404–1420 (Nowruz 1–4 Farvardin,
 * Islamic Republic Day 12 Farvardin, Nature Day 13 Farvardin, 14–15 Khordad, 22 Bahman, 29 Esfand,
 * and 30 Esfand in leap years). Lunar holidays move every year; administrators enter them.
 */
public class V9__Seed_solar_holidays extends BaseJavaMigration {

    static final int FIRST_YEAR = 1404;
    static final int LAST_YEAR = 1420;

    /** Month, day, name. */
    public static final Object[][] FIXED = {
            {1, 1, "نوروز"}, {1, 2, "نوروز"}, {1, 3, "نوروز"}, {1, 4, "نوروز"},
            {1, 12, "روز جمهوری اسلامی"}, {1, 13, "روز طبیعت"},
            {3, 14, "رحلت امام خمینی"}, {3, 15, "قیام ۱۵ خرداد"},
            {11, 22, "پیروزی انقلاب اسلامی"}, {12, 29, "روز ملی شدن صنعت نفت"}};

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO public_holiday (holiday_date, name_fa, created_by, created_at) VALUES (?, ?, 'system', ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (Object[] h : FIXED) {
                    add(insert, JalaliDates.of(year, (Integer) h[0], (Integer) h[1]), (String) h[2], now);
                }
                if (JalaliDates.isLeapYear(year)) {
                    add(insert, JalaliDates.of(year, 12, 30), "آخرین روز سال (سال کبیسه)", now);
                }
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, LocalDate date, String name, Timestamp now) throws Exception {
        insert.setObject(1, date);
        insert.setString(2, name);
        insert.setTimestamp(3, now);
        insert.addBatch();
    }
}
