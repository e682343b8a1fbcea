package ir.pishkhan.web.shared;

import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.shared.text.PersianText;
import ir.pishkhan.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Display helpers for pages, all with Persian digits: {@code #{fmt.date(d)}} shows ۱۴۰۴/۰۸/۱۵,
 * {@code #{fmt.number(n)}} a count or amount grouped as ۱۲٬۵۰۰, {@code #{fmt.digits(x)}} a report
 * number, year or time as it is (۱۲۰۴, ۰۹:۳۰). Licence numbers, tracking codes and usernames are
 * codes: pages show them unchanged in a {@code <bdi class="code">}.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    @Inject
    Clock clock;

    public String date(LocalDate date) {
        return JalaliDates.format(date);
    }

    public String longDate(LocalDate date) {
        return date == null ? "" : JalaliDates.formatLong(date);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime t = instant.atZone(ClockProducer.TEHRAN);
        return JalaliDates.format(t.toLocalDate()) + " "
                + PersianText.digitsToPersian(String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()));
    }

    /** A quantity (count, amount, points) grouped by thousands; text such as "09:30" only has its digits changed. */
    public String number(Object n) {
        return n instanceof Number q ? PersianNumbers.quantity(q) : PersianNumbers.digits(n);
    }

    /** A number that labels something — a report, case or record number, a year — with Persian digits, ungrouped. */
    public String digits(Object label) {
        return PersianNumbers.digits(label);
    }

    /** An amount in rials, grouped, with its unit: ۱۵۰٬۰۰۰٬۰۰۰ ریال. */
    public String rials(Number amount) {
        return PersianNumbers.rials(amount);
    }

    /** One tenth of an amount in whole rials (the renewal fee), with Persian digits. */
    public String tenth(long amount) {
        return number(amount / 10);
    }

    /** A file size in whole kilobytes, rounded up (so a small file never shows as zero), with Persian digits. */
    public String kilobytes(long bytes) {
        return number((bytes + 1023) / 1024) + " کیلوبایت";
    }

    public String today() {
        // The application's clock: Tehran's today, and the same day the use cases see.
        return JalaliDates.formatLong(LocalDate.now(clock));
    }
}
