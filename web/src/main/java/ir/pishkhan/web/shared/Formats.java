package ir.pishkhan.web.shared;

import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.text.PersianText;
import ir.pishkhan.shared.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** Display helpers for pages: {@code #{fmt.date(d)}} shows ۱۴۰۴/۰۸/۱۵, with Persian digits. */
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

    public String number(Object n) {
        return n == null ? "" : PersianText.digitsToPersian(String.valueOf(n));
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
