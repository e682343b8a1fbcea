package ir.pishkhan.bench;

import ir.pishkhan.calendar.migration.V9__Seed_solar_holidays;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.migration.V2__Load_provinces_and_counties;
import ir.pishkhan.shared.identity.NationalCode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * Loads synthetic but plausible national-scale data into a MariaDB database, for benchmarks:
 * every province and county (from the application's own migrations), and at scale 1 some
 * 20,000 active offices plus closed ones, about 1,000,000 licence events and 200,000 violation
 * reports. Reproducible: the same seed gives the same data.
 *
 * <p>Distributions: county sizes are log-normal (a few big cities, many small counties); about
 * one county book in six is saturated with a waitlist; expiry dates spread over the next five
 * years with some licences in their renewal window, some in grace and a few past it; a few
 * suspensions, some ended; violations follow the categories' weights and cluster on a minority of
 * offices, most of them decided. The capacity books agree with the licences (the occupancy
 * recount finds no drift). Generated rows have no audit records: they stand for history
 * before the system.
 *
 * <pre>
 * bench/generate.sh --url jdbc:mariadb://HOST:3306/pishkhan_bench --user U --password P --scale 1
 * </pre>
 * The database must exist and be empty (or hold only an earlier run of this generator with
 * {@code --reset}); the application's migrations are applied first.
 */
public final class NationalData {

    static final int BATCH = 2000;
    static final String[] FIRST = {"محمد", "علی", "حسین", "زهرا", "فاطمه", "مریم", "رضا", "مهدی", "سارا", "نرگس", "امیر", "لیلا"};
    static final String[] LAST = {"احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "قاسمی", "صادقی", "رحیمی"};
    static final String[][] CATEGORIES = {
            {"CLOSED_IN_WORKING_HOURS", "25", "10"}, {"MANAGER_ABSENT", "20", "5"}, {"SIGNBOARD_OR_EQUIPMENT", "15", "5"},
            {"MISCONDUCT", "12", "5"}, {"OVERCHARGING", "10", "20"}, {"OUT_OF_SCOPE_SERVICE", "7", "15"},
            {"UNAUTHORISED_RELOCATION", "5", "20"}, {"RECEIPTS_NOT_REMITTED", "3", "40"}, {"UNTRAINED_STAFF", "3", "5"}};

    private final Connection db;
    private final Random random;
    private final double scale;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));

    private NationalData(Connection db, long seed, double scale) {
        this.db = db;
        this.random = new Random(seed);
        this.scale = scale;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.LinkedHashMap<>();
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            // "--key value" pairs; a key followed by another key (e.g. an empty password) has an empty value.
            if (arg.startsWith("--")) {
                a.put(arg.substring(2), "");
            } else if (!a.isEmpty()) {
                String last = a.keySet().stream().reduce((x, y) -> y).orElseThrow();
                a.put(last, a.get(last).isEmpty() ? arg : a.get(last) + " " + arg);
            }
        }
        String url = require(a, "url");
        String user = a.getOrDefault("user", "root");
        String password = a.getOrDefault("password", "");
        double scale = Double.parseDouble(a.getOrDefault("scale", "1"));
        long seed = Long.parseLong(a.getOrDefault("seed", "1404"));
        long start = System.nanoTime();
        Flyway.configure(NationalData.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration")
                .javaMigrations(new V2__Load_provinces_and_counties(), new V9__Seed_solar_holidays())
                .load().migrate();
        System.out.printf("schema migrated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        String loadUrl = url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true&useBulkStmts=true";
        try (Connection c = DriverManager.getConnection(loadUrl, user, password)) {
            c.setAutoCommit(false);
            if (count(c, "SELECT COUNT(*) FROM license") > 0) {
                throw new IllegalStateException("The database already has licences; use a fresh database.");
            }
            new NationalData(c, seed, scale).load();
        }
        System.out.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static String require(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) {
            throw new IllegalArgumentException("--" + key + " is required (see the class comment)");
        }
        return v;
    }

    /** One county book to fill: how many active offices it gets, its capacity and waitlist. */
    private record Book(long countyId, OfficeType type, int active, int capacity, int waiting) {
    }

    private void load() throws SQLException {
        long t0 = System.nanoTime();
        List<Long> counties = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM county ORDER BY id")) {
            while (rs.next()) {
                counties.add(rs.getLong(1));
            }
        }
        // Log-normal county weights, normalised so the active offices add up to 20,000 × scale.
        int targetActive = (int) Math.round(20_000 * scale);
        double[] weights = new double[counties.size() * 2];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(random.nextGaussian() * 0.9) * (i % 2 == 0 ? 3 : 1); // counters thrice as common as rural ICT
            sum += weights[i];
        }
        List<Book> books = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            int active = Math.max(1, (int) Math.round(targetActive * weights[i] / sum));
            boolean saturated = random.nextInt(6) == 0;
            int capacity = saturated ? active : active + 1 + random.nextInt(Math.max(2, active / 3));
            books.add(new Book(counties.get(i / 2), i % 2 == 0 ? OfficeType.GOVERNMENT_COUNTER : OfficeType.RURAL_ICT, active,
                    capacity, saturated ? 1 + random.nextInt(20) : 0));
        }

        long applicantId = count(db, "SELECT COALESCE(MAX(id), 0) FROM applicant");
        long licenseId = count(db, "SELECT COALESCE(MAX(id), 0) FROM license");
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement book = db.prepareStatement("INSERT INTO capacity_book (county_id, office_type, capacity, occupied,"
                + " next_serial) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement applicant = db.prepareStatement("INSERT INTO applicant (id, national_code, first_name, last_name,"
                     + " search_key, phone, education, created_at) VALUES (?, ?, ?, ?, ?, ?, 'BACHELOR', ?)");
             PreparedStatement application = db.prepareStatement("INSERT INTO application (applicant_id, county_id, office_type,"
                     + " proposed_locality, documents, submitted_at, status, status_changed_at) VALUES (?, ?, ?, 'مرکز شهرستان',"
                     + " 'NATIONAL_ID_CARD,BIRTH_CERTIFICATE', ?, 'WAITING', ?)");
             PreparedStatement license = db.prepareStatement("INSERT INTO license (id, number, holder_id, county_id, office_type,"
                     + " office_name, address, locality, issue_date, expiry_date, status, suspended_until, closed_on)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 'خیابان اصلی', 'مرکز شهرستان', ?, ?, ?, ?, ?)");
             PreparedStatement event = db.prepareStatement("INSERT INTO license_event (license_id, type, occurred_at, actor, reason)"
                     + " VALUES (?, ?, ?, 'migration', NULL)");
             PreparedStatement report = db.prepareStatement("INSERT INTO violation_report (county_id, license_id, category_code,"
                     + " source, agency, description, reported_by, reported_at, response_due, status, screened_by, screened_at,"
                     + " decision, points, decided_on, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, 'گزارش تولیدشده', 'migration',"
                     + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<long[]> liveLicences = new ArrayList<>();
            int pending = 0;
            for (Book b : books) {
                int closed = (int) Math.round(b.active() * 0.5 * random.nextDouble());
                int serial = 1;
                int occupied = 0;
                for (int n = 0; n < b.active() + closed; n++) {
                    applicantId++;
                    licenseId++;
                    addApplicant(applicant, applicantId, now);
                    boolean live = n < b.active();
                    String status;
                    LocalDate issue;
                    LocalDate expiry;
                    LocalDate suspendedUntil = null;
                    LocalDate closedOn = null;
                    if (live) {
                        expiry = today.plusDays(random.nextInt(5 * 365 + 60) - 45); // some in grace, a few past it
                        issue = expiry.minusYears(5);
                        int roll = random.nextInt(100);
                        status = roll < 2 ? "SUSPENDED" : "ACTIVE";
                        if (status.equals("SUSPENDED")) {
                            suspendedUntil = today.plusDays(random.nextInt(60) - 20);
                        }
                        occupied++;
                    } else {
                        issue = today.minusYears(5 + random.nextInt(10)).minusDays(random.nextInt(365));
                        expiry = issue.plusYears(5);
                        String[] ends = {"EXPIRED", "EXPIRED", "REVOKED", "SURRENDERED"};
                        status = ends[random.nextInt(ends.length)];
                        closedOn = expiry.minusDays(random.nextInt(400));
                    }
                    license.setLong(1, licenseId);
                    license.setString(2, LicenseNumbers.format(b.countyId(), b.type(), serial++));
                    license.setLong(3, applicantId);
                    license.setLong(4, b.countyId());
                    license.setString(5, b.type().name());
                    license.setString(6, "دفتر پیشخوان " + licenseId);
                    license.setObject(7, issue);
                    license.setObject(8, expiry);
                    license.setString(9, status);
                    license.setObject(10, suspendedUntil);
                    license.setObject(11, closedOn);
                    license.addBatch();
                    events(event, licenseId, issue, live);
                    if (live) {
                        liveLicences.add(new long[] {licenseId, b.countyId()});
                    }
                    if (++pending % BATCH == 0) {
                        flush(applicant, license, event);
                    }
                }
                for (int w = 0; w < b.waiting(); w++) {
                    applicantId++;
                    addApplicant(applicant, applicantId, now);
                    application.setLong(1, applicantId);
                    application.setLong(2, b.countyId());
                    application.setString(3, b.type().name());
                    Timestamp at = Timestamp.valueOf(LocalDateTime.now().minusDays(random.nextInt(700)));
                    application.setTimestamp(4, at);
                    application.setTimestamp(5, at);
                    application.addBatch();
                }
                book.setLong(1, b.countyId());
                book.setString(2, b.type().name());
                book.setInt(3, b.capacity());
                book.setInt(4, occupied);
                book.setInt(5, serial);
                book.addBatch();
            }
            flush(applicant, license, event);
            exec(application, "application");
            exec(book, "capacity_book");
            db.commit();
            reports(report, liveLicences);
        }
        System.out.printf("%n%-16s %12s%n", "table", "rows");
        long total = 0;
        for (String table : List.of("capacity_book", "applicant", "application", "license", "license_event", "violation_report")) {
            long n = count(db, "SELECT COUNT(*) FROM " + table);
            total += n;
            System.out.printf("%-16s %,12d%n", table, n);
        }
        System.out.printf("%-16s %,12d%n", "active offices", count(db, "SELECT COUNT(*) FROM license WHERE status IN ('ACTIVE', 'SUSPENDED')"));
        System.out.printf("%-16s %,12d%n", "saturated books", count(db, "SELECT COUNT(*) FROM capacity_book WHERE occupied >= capacity"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%,d rows in %.1f s (%,.0f rows/s)%n", total, seconds, total / seconds);
    }

    private void addApplicant(PreparedStatement applicant, long id, Timestamp now) throws SQLException {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        applicant.setLong(1, id);
        applicant.setString(2, nationalCode(id));
        applicant.setString(3, first);
        applicant.setString(4, last);
        applicant.setString(5, first + " " + last);
        applicant.setString(6, String.format("0912%07d", id % 10_000_000));
        applicant.setTimestamp(7, now);
        applicant.addBatch();
    }

    /** A valid national code made unique by the id (nine digits of it plus the check digit). */
    private static String nationalCode(long id) {
        String nine = String.format("%09d", 100_000_000L + id);
        String code = nine + NationalCode.checkDigit(nine);
        return code;
    }

    /** The licence's history: issued, renewals every five years, corrections, relocations, a suspension now and then. */
    private void events(PreparedStatement event, long licenseId, LocalDate issue, boolean live) throws SQLException {
        int n = 1 + (int) Math.round(Math.abs(random.nextGaussian()) * 55 * (live ? 1 : 0.5));
        String[] types = {"CORRECTED", "CORRECTED", "RELOCATED", "RENEWED", "SUSPENDED", "REINSTATED", "TRANSFERRED"};
        add(event, licenseId, "ISSUED", issue.atTime(9, 0));
        for (int i = 1; i < n; i++) {
            add(event, licenseId, types[random.nextInt(types.length)], issue.plusDays(random.nextInt(1800)).atTime(10, 0));
        }
    }

    private void add(PreparedStatement event, long licenseId, String type, LocalDateTime at) throws SQLException {
        event.setLong(1, licenseId);
        event.setString(2, type);
        event.setTimestamp(3, Timestamp.valueOf(at));
        event.addBatch();
    }

    private void reports(PreparedStatement report, List<long[]> licences) throws SQLException {
        int target = (int) Math.round(200_000 * scale);
        int totalWeight = 0;
        for (String[] c : CATEGORIES) {
            totalWeight += Integer.parseInt(c[1]);
        }
        String[] agencies = {"GAS", "ELECTRICITY", "WATER", "TELECOM", "POST", "INSURANCE"};
        for (int i = 0; i < target; i++) {
            // A third of the offices draw most reports: pick from the first third twice as often.
            long[] l = licences.get(random.nextInt(3) < 2 ? random.nextInt(Math.max(1, licences.size() / 3))
                    : random.nextInt(licences.size()));
            int pick = random.nextInt(totalWeight);
            String[] category = CATEGORIES[0];
            for (String[] c : CATEGORIES) {
                pick -= Integer.parseInt(c[1]);
                if (pick < 0) {
                    category = c;
                    break;
                }
            }
            LocalDateTime reported = LocalDateTime.of(today, java.time.LocalTime.NOON).minusDays(random.nextInt(3 * 365));
            int roll = random.nextInt(100);
            String status = reported.toLocalDate().isAfter(today.minusDays(20)) ? (roll < 50 ? "REPORTED" : "ACCEPTED")
                    : roll < 80 ? "DECIDED" : roll < 95 ? "DISMISSED" : "NOTICE_SENT";
            boolean decided = status.equals("DECIDED");
            boolean screened = !status.equals("REPORTED");
            report.setLong(1, l[1]);
            report.setLong(2, l[0]);
            report.setString(3, category[0]);
            boolean agency = random.nextInt(10) < 7;
            report.setString(4, agency ? "AGENCY" : "INSPECTION");
            report.setString(5, agency ? agencies[random.nextInt(agencies.length)] : null);
            report.setTimestamp(6, Timestamp.valueOf(reported));
            report.setObject(7, reported.toLocalDate().plusDays(4));
            report.setString(8, status);
            report.setString(9, screened ? "migration" : null);
            report.setTimestamp(10, screened ? Timestamp.valueOf(reported.plusDays(random.nextInt(6))) : null);
            String[] outcomes = {"WARNING", "WARNING", "WARNING", "WRITTEN_WARNING", "WRITTEN_WARNING", "SUSPENSION"};
            report.setString(11, decided ? outcomes[random.nextInt(outcomes.length)] : null);
            report.setObject(12, decided ? Integer.parseInt(category[2]) : null);
            report.setObject(13, decided ? reported.toLocalDate().plusDays(20 + random.nextInt(30)) : null);
            report.setString(14, decided ? "migration" : null);
            report.setTimestamp(15, decided ? Timestamp.valueOf(reported.plusDays(20)) : null);
            report.addBatch();
            if ((i + 1) % BATCH == 0) {
                exec(report, "violation_report");
                db.commit();
            }
        }
        exec(report, "violation_report");
        db.commit();
    }

    private void flush(PreparedStatement applicant, PreparedStatement license, PreparedStatement event) throws SQLException {
        exec(applicant, "applicant");
        exec(license, "license");
        exec(event, "license_event");
        db.commit();
    }

    private static void exec(PreparedStatement ps, String table) throws SQLException {
        ps.executeBatch();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
