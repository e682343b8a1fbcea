package ir.pishkhan.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar day (روز) an instant falls on in Iran, for figures grouped or compared by day.
 * Instants are stored as UTC {@code DATETIME} values (see the instant converter), so SQL's
 * {@code DATE(column)} would give the UTC day: work done between 00:00 and 03:30 in Tehran would
 * count for the day before. These helpers give Tehran's day instead, in Java and as SQL over a
 * stored column, from the zone rules of {@code Asia/Tehran} (so the daylight-saving years before
 * 2022 are right too), without relying on the database's time zone tables.
 */
public final class TehranDays {

    private static final DateTimeFormatter SQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** Before any record this system can hold; the SQL day expression is exact from here on. */
    private static final Instant FLOOR = Instant.parse("1970-01-01T00:00:00Z");

    private TehranDays() {
    }

    /** The Tehran day of an instant. */
    public static LocalDate of(Instant instant) {
        return LocalDate.ofInstant(instant, ClockProducer.TEHRAN);
    }

    /** The Tehran day of a stored (UTC) date-time. */
    public static LocalDate ofStored(LocalDateTime utc) {
        return of(utc.toInstant(ZoneOffset.UTC));
    }

    /** The instant Tehran's {@code day} begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ClockProducer.TEHRAN).toInstant();
    }

    /** An SQL literal of the instant as it is stored (UTC), e.g. to compare with a column. */
    public static String sqlInstant(Instant instant) {
        return "'" + SQL_DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "'";
    }

    /** An SQL literal of the instant Tehran's {@code day} begins, as it is stored (UTC). */
    public static String sqlStartOf(LocalDate day) {
        return sqlInstant(startOf(day));
    }

    /**
     * An SQL expression for the Tehran day of a stored instant column, valid for every value
     * from {@code from} on (null: any value this system can hold). Within a stretch of time
     * without a change of Tehran's offset it is a single {@code DATE(column + offset)}; across
     * changes it is a {@code CASE} over them, newest first.
     */
    public static String sqlDayOf(String column, Instant from) {
        ZoneRules rules = ClockProducer.TEHRAN.getRules();
        Instant start = from == null || from.isBefore(FLOOR) ? FLOOR : from;
        // Changes of offset after the start, up to some years ahead (Iran has announced none).
        Instant horizon = Instant.now().plusSeconds(10L * 366 * 24 * 3600);
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(start); t != null && t.getInstant().isBefore(horizon);
             t = rules.nextTransition(t.getInstant())) {
            changes.add(t);
        }
        if (changes.isEmpty()) {
            return shifted(column, rules.getOffset(start));
        }
        StringBuilder sql = new StringBuilder("(CASE");
        for (int i = changes.size() - 1; i >= 0; i--) {
            ZoneOffsetTransition t = changes.get(i);
            sql.append(" WHEN ").append(column).append(" >= ").append(sqlInstant(t.getInstant()))
                    .append(" THEN ").append(shifted(column, t.getOffsetAfter()));
        }
        return sql.append(" ELSE ").append(shifted(column, changes.get(0).getOffsetBefore())).append(" END)").toString();
    }

    private static String shifted(String column, ZoneOffset offset) {
        return "DATE(DATE_ADD(" + column + ", INTERVAL " + offset.getTotalSeconds() + " SECOND))";
    }
}
