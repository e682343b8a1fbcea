package ir.pishkhan.audit.control;

import ir.pishkhan.audit.entity.AuditRecord;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.time.ClockProducer;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit trail as CSV (Apache Commons CSV): Persian headers, Jalali and UTC times, each action
 * and object type as stored and by its Persian name, UTF-8 with a byte-order mark so spreadsheet
 * programs show Persian correctly.
 */
public final class AuditCsv {

    private static final String[] HEADER = {"شماره", "زمان (شمسی)", "زمان (UTC)", "کاربر", "عملیات", "عملیات (فارسی)",
            "نوع شیء", "نوع شیء (فارسی)",
            "شناسهٔ شیء", "استان", "شهرستان", "پیش از تغییر", "پس از تغییر", "دلیل", "هش"};

    private AuditCsv() {
    }

    /** Writes a header, then every record {@code source} feeds, to {@code out}. */
    public static void write(java.io.OutputStream out, Consumer<Consumer<AuditRecord>> source) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
            source.accept(r -> {
                try {
                    csv.printRecord(r.getSeq(), jalaliTime(r.getOccurredAt()), r.getOccurredAt(), r.getActor(),
                            r.getAction(), AuditTerms.action(r.getAction()), r.getObjectType(),
                            AuditTerms.objectType(r.getObjectType()), r.getObjectId(), r.getProvinceId(), r.getCountyId(),
                            r.getBeforeState(), r.getAfterState(), r.getReason(), r.getHash());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** e.g. ۱۴۰۴/۰۸/۱۵ ۱۳:۴۵:۰۷ in Iran's time zone. */
    public static String jalaliTime(Instant instant) {
        ZonedDateTime at = instant.atZone(ClockProducer.TEHRAN);
        return JalaliDates.format(at.toLocalDate()) + " " + ir.pishkhan.shared.text.PersianText.digitsToPersian(
                String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", at.getHour(), at.getMinute(), at.getSecond()));
    }
}
