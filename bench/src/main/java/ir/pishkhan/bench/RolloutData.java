package ir.pishkhan.bench;

import ir.pishkhan.calendar.migration.V9__Seed_solar_holidays;
import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.migration.V2__Load_provinces_and_counties;
import ir.pishkhan.rollout.entity.ImportColumn;
import ir.pishkhan.rollout.entity.ImportSheet;
import ir.pishkhan.shared.identity.NationalCode;
import ir.pishkhan.shared.jalali.JalaliDates;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.flywaydb.core.Flyway;

/**
 * The national roll-out data for the import benchmark: some 20,000 active offices with their
 * licences (and closed ones), service contracts, capacity and waitlists, for all 31 provinces —
 * once as the province administrators' files (one workbook per province, the import's own
 * sheets and Persian headers) and once inserted raw into a database, row for row the same data,
 * so the import through the batch job and a plain JDBC load can be compared.
 *
 * <pre>
 * mvn -pl bench exec:java -Dexec.mainClass=ir.pishkhan.bench.RolloutData \
 *     -Dexec.args="--url jdbc:mariadb://HOST/DB --user U --password P --mode files|raw [--out DIR] [--offices 20000]"
 * </pre>
 * Both modes migrate the database first (an empty one); {@code files} only reads its counties
 * (ids are the same in every freshly migrated database), {@code raw} loads the rows into it and
 * prints the time the load took. Reproducible: the same seed gives the same data.
 */
public final class RolloutData {

    static final String[] FIRST = {"محمد", "علی", "حسین", "زهرا", "فاطمه", "مریم", "رضا", "مهدی", "سارا", "نرگس", "امیر", "لیلا"};
    static final String[] LAST = {"احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "قاسمی", "صادقی", "رحیمی"};
    static final String[] AGENCIES = {"گاز", "توزیع برق", "آب و فاضلاب", "مخابرات", "پست", "تأمین اجتماعی و بیمه"};
    static final String[] AGENCY_CODES = {"GAS", "ELECTRICITY", "WATER", "TELECOM", "POST", "INSURANCE"};
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    record County(long id, long provinceId, String name) {
    }

    record Book(County county, OfficeType type, int capacity) {
    }

    record Licence(String number, County county, OfficeType type, String officeName, String code, String first,
                   String last, String phone, LocalDate issue, LocalDate expiry, String status, LocalDate suspendedUntil,
                   LocalDate revokedOn) {
    }

    record Contract(Licence licence, int agency, String services, LocalDate since) {
    }

    record Waiting(County county, OfficeType type, LocalDate appliedOn, String code, String first, String last, String phone) {
    }

    /** Everything of one province. */
    static final class Province {
        final List<Book> books = new ArrayList<>();
        final List<Licence> licences = new ArrayList<>();
        final List<Contract> contracts = new ArrayList<>();
        final List<Waiting> waitlist = new ArrayList<>();

        int rows() {
            return books.size() + licences.size() + contracts.size() + waitlist.size();
        }
    }

    private final Random random;
    private final LocalDate today = LocalDate.now(TEHRAN);
    private long people;

    private RolloutData(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                a.put(args[i].substring(2), i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "");
            }
        }
        String url = a.get("url");
        String user = a.getOrDefault("user", "root");
        String password = a.getOrDefault("password", "");
        int offices = Integer.parseInt(a.getOrDefault("offices", "20000"));
        long seed = Long.parseLong(a.getOrDefault("seed", "1404"));
        String mode = a.getOrDefault("mode", "files");
        Flyway.configure(RolloutData.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration")
                .javaMigrations(new V2__Load_provinces_and_counties(), new V9__Seed_solar_holidays())
                .load().migrate();
        String loadUrl = url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true&useBulkStmts=true";
        try (Connection c = DriverManager.getConnection(loadUrl, user, password)) {
            Map<Long, Province> data = new RolloutData(seed).generate(counties(c), offices);
            if (mode.equals("raw")) {
                c.setAutoCommit(false);
                long t0 = System.nanoTime();
                int rows = raw(c, data);
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(java.util.Locale.ROOT, "RAW_INSERT rows=%d seconds=%.2f%n", rows, s);
            } else {
                Path out = Path.of(a.getOrDefault("out", "target/rollout"));
                Files.createDirectories(out);
                for (var e : data.entrySet()) {
                    Path file = out.resolve("province-" + e.getKey() + ".xlsx");
                    try (OutputStream os = Files.newOutputStream(file)) {
                        workbook(e.getValue(), os);
                    }
                    System.out.printf(java.util.Locale.ROOT, "FILE province=%d rows=%d licences=%d bytes=%d path=%s%n", e.getKey(),
                            e.getValue().rows(), e.getValue().licences.size(), Files.size(file), file);
                }
            }
        }
    }

    static List<County> counties(Connection c) throws SQLException {
        List<County> counties = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, province_id, name_fa FROM county ORDER BY id")) {
            while (rs.next()) {
                counties.add(new County(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return counties;
    }

    /**
     * Log-normal county sizes (counters thrice as common as rural ICT) adding up to {@code offices}
     * active offices; a closed licence for every few active ones; one book in six exactly full with
     * a waitlist, one in twenty over capacity (an imported county may be), the rest with free
     * slots; one to three contracts per licence.
     */
    Map<Long, Province> generate(List<County> counties, int offices) {
        double[] weights = new double[counties.size() * 2];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(random.nextGaussian() * 0.9) * (i % 2 == 0 ? 3 : 1);
            sum += weights[i];
        }
        Map<Long, Province> provinces = new java.util.TreeMap<>();
        int legacySerial = 0;
        for (int i = 0; i < weights.length; i++) {
            County county = counties.get(i / 2);
            OfficeType type = i % 2 == 0 ? OfficeType.GOVERNMENT_COUNTER : OfficeType.RURAL_ICT;
            Province p = provinces.computeIfAbsent(county.provinceId(), k -> new Province());
            int active = Math.max(1, (int) Math.round(offices * weights[i] / sum));
            int roll = random.nextInt(20);
            boolean full = roll < 3;
            boolean over = roll == 3 && active > 2;
            int capacity = full ? active : over ? active - 1 - random.nextInt(Math.max(1, active / 4))
                    : active + 1 + random.nextInt(Math.max(2, active / 3));
            p.books.add(new Book(county, type, capacity));
            int closed = (int) Math.round(active * 0.25 * random.nextDouble());
            int serial = 1;
            for (int n = 0; n < active + closed; n++) {
                boolean live = n < active;
                String number = random.nextBoolean() ? LicenseNumbers.format(county.id(), type, serial++)
                        : "13" + (90 + random.nextInt(10)) + "/" + county.provinceId() + "/" + (++legacySerial);
                LocalDate expiry;
                LocalDate issue;
                String status;
                LocalDate suspendedUntil = null;
                LocalDate revokedOn = null;
                if (live) {
                    expiry = today.plusDays(60 + random.nextInt(4 * 365));
                    issue = expiry.minusYears(5);
                    status = random.nextInt(50) == 0 ? "تعلیق" : "فعال";
                    if (status.equals("تعلیق")) {
                        suspendedUntil = today.plusDays(1 + random.nextInt(60));
                    }
                } else {
                    issue = today.minusYears(6 + random.nextInt(8)).minusDays(random.nextInt(365));
                    expiry = issue.plusYears(5);
                    if (random.nextBoolean()) {
                        status = "منقضی";
                    } else {
                        status = "لغوشده";
                        revokedOn = issue.plusDays(200 + random.nextInt(1000));
                    }
                }
                long person = ++people;
                Licence l = new Licence(number, county, type, "دفتر " + county.name() + " " + (n + 1), nationalCode(person),
                        FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
                        String.format(java.util.Locale.ROOT, "0917%07d", person % 10_000_000), issue, expiry, status,
                        suspendedUntil, revokedOn);
                p.licences.add(l);
                int agencies = 1 + random.nextInt(3);
                int first = random.nextInt(AGENCIES.length);
                for (int k = 0; k < agencies; k++) {
                    p.contracts.add(new Contract(l, (first + k) % AGENCIES.length, "خدمات " + AGENCIES[(first + k) % AGENCIES.length],
                            issue.plusDays(random.nextInt(90))));
                }
            }
            if (full) {
                int waiting = 1 + random.nextInt(6);
                for (int w = 0; w < waiting; w++) {
                    long person = ++people;
                    p.waitlist.add(new Waiting(county, type, today.minusDays(700 - w * 30L), nationalCode(person),
                            FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
                            String.format(java.util.Locale.ROOT, "0917%07d", person % 10_000_000)));
                }
            }
        }
        return provinces;
    }

    /** A valid national code made unique by the person's number (nine digits and the check digit). */
    static String nationalCode(long n) {
        String nine = String.format(java.util.Locale.ROOT, "%09d", 200_000_000L + n);
        return nine + NationalCode.checkDigit(nine);
    }

    private static String typeFa(OfficeType t) {
        return t == OfficeType.GOVERNMENT_COUNTER ? "پیشخوان" : "ICT روستایی";
    }

    /** The province's workbook, as a province administrator would fill in the template. */
    static void workbook(Province p, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet capacity = sheet(wb, ImportSheet.CAPACITY);
            int r = 1;
            for (Book b : p.books) {
                row(capacity, r++, b.county().name(), typeFa(b.type()), String.valueOf(b.capacity()));
            }
            Sheet licences = sheet(wb, ImportSheet.LICENCES);
            r = 1;
            for (Licence l : p.licences) {
                row(licences, r++, l.number(), l.county().name(), typeFa(l.type()), l.officeName(), "خیابان اصلی، پلاک " + r,
                        l.county().name(), l.code(), l.first(), l.last(), l.phone(), "کارشناسی",
                        JalaliDates.formatLatin(l.issue()), JalaliDates.formatLatin(l.expiry()), l.status(),
                        JalaliDates.formatLatin(l.suspendedUntil()), JalaliDates.formatLatin(l.revokedOn()));
            }
            Sheet contracts = sheet(wb, ImportSheet.CONTRACTS);
            r = 1;
            for (Contract c : p.contracts) {
                row(contracts, r++, c.licence().number(), AGENCIES[c.agency()], c.services(), JalaliDates.formatLatin(c.since()), "فعال");
            }
            Sheet waitlist = sheet(wb, ImportSheet.WAITLIST);
            r = 1;
            for (Waiting w : p.waitlist) {
                row(waitlist, r++, w.county().name(), typeFa(w.type()), JalaliDates.formatLatin(w.appliedOn()), w.code(), w.first(),
                        w.last(), w.phone(), "دیپلم", w.county().name(), "همه");
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static Sheet sheet(SXSSFWorkbook wb, ImportSheet kind) {
        Sheet s = wb.createSheet(kind.persianName());
        s.setRightToLeft(true);
        Row header = s.createRow(0);
        int i = 0;
        for (ImportColumn c : kind.columns()) {
            header.createCell(i++).setCellValue(c.header());
        }
        return s;
    }

    private static void row(Sheet s, int index, String... values) {
        Row row = s.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
    }

    /**
     * The same rows straight into the tables, as a migration script would: books, holders,
     * licences, contracts, applicants and their waiting applications; no history, no audit.
     */
    static int raw(Connection c, Map<Long, Province> data) throws SQLException {
        int rows = 0;
        long person = count(c, "SELECT COALESCE(MAX(id), 0) FROM applicant");
        long licenceId = count(c, "SELECT COALESCE(MAX(id), 0) FROM license");
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement book = c.prepareStatement("INSERT INTO capacity_book (county_id, office_type, capacity, occupied,"
                + " next_serial) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement applicant = c.prepareStatement("INSERT INTO applicant (id, national_code, first_name, last_name,"
                     + " search_key, phone, education, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement licence = c.prepareStatement("INSERT INTO license (id, number, holder_id, county_id, office_type,"
                     + " office_name, address, locality, issue_date, expiry_date, status, suspended_until, closed_on)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement contract = c.prepareStatement("INSERT INTO service_contract (license_id, agency, services, since,"
                     + " status, status_changed_at) VALUES (?, ?, ?, ?, 'ACTIVE', ?)");
             PreparedStatement application = c.prepareStatement("INSERT INTO application (applicant_id, county_id, office_type,"
                     + " proposed_locality, documents, submitted_at, status, status_changed_at) VALUES (?, ?, ?, ?, ?, ?, 'WAITING', ?)")) {
            for (Province p : data.values()) {
                Map<String, Long> ids = new java.util.HashMap<>();
                Map<String, Integer> occupied = new java.util.HashMap<>();
                for (Licence l : p.licences) {
                    applicant(applicant, ++person, l.code(), l.first(), l.last(), l.phone(), "BACHELOR", now);
                    licence.setLong(1, ++licenceId);
                    licence.setString(2, l.number());
                    licence.setLong(3, person);
                    licence.setLong(4, l.county().id());
                    licence.setString(5, l.type().name());
                    licence.setString(6, l.officeName());
                    licence.setString(7, "خیابان اصلی");
                    licence.setString(8, l.county().name());
                    licence.setObject(9, l.issue());
                    licence.setObject(10, l.expiry());
                    String status = switch (l.status()) {
                        case "فعال" -> "ACTIVE";
                        case "تعلیق" -> "SUSPENDED";
                        case "منقضی" -> "EXPIRED";
                        default -> "REVOKED";
                    };
                    licence.setString(11, status);
                    licence.setObject(12, l.suspendedUntil());
                    licence.setObject(13, l.revokedOn() != null ? l.revokedOn() : status.equals("EXPIRED") ? l.expiry().plusDays(31) : null);
                    licence.addBatch();
                    ids.put(l.number(), licenceId);
                    if (status.equals("ACTIVE") || status.equals("SUSPENDED")) {
                        occupied.merge(l.county().id() + ":" + l.type(), 1, Integer::sum);
                    }
                    rows += 2;
                }
                for (Book b : p.books) {
                    book.setLong(1, b.county().id());
                    book.setString(2, b.type().name());
                    book.setInt(3, b.capacity());
                    book.setInt(4, occupied.getOrDefault(b.county().id() + ":" + b.type(), 0));
                    book.setInt(5, 1);
                    book.addBatch();
                    rows++;
                }
                for (Contract k : p.contracts) {
                    contract.setLong(1, ids.get(k.licence().number()));
                    contract.setString(2, AGENCY_CODES[k.agency()]);
                    contract.setString(3, k.services());
                    contract.setObject(4, k.since());
                    contract.setTimestamp(5, now);
                    contract.addBatch();
                    rows++;
                }
                for (Waiting w : p.waitlist) {
                    applicant(applicant, ++person, w.code(), w.first(), w.last(), w.phone(), "DIPLOMA", now);
                    application.setLong(1, person);
                    application.setLong(2, w.county().id());
                    application.setString(3, w.type().name());
                    application.setString(4, w.county().name());
                    application.setString(5, "BIRTH_CERTIFICATE,CRIMINAL_RECORD_CLEARANCE,EDUCATION_CERTIFICATE,MILITARY_SERVICE_STATUS,"
                            + "NATIONAL_ID_CARD,NO_ADDICTION_CERTIFICATE,PHOTO,PREMISES_DEED_OR_LEASE");
                    Timestamp at = Timestamp.from(w.appliedOn().atTime(8, 0).atZone(TEHRAN).toInstant());
                    application.setTimestamp(6, at);
                    application.setTimestamp(7, at);
                    application.addBatch();
                    rows += 2;
                }
                applicant.executeBatch();
                licence.executeBatch();
                book.executeBatch();
                contract.executeBatch();
                application.executeBatch();
                c.commit();
            }
        }
        return rows;
    }

    private static void applicant(PreparedStatement s, long id, String code, String first, String last, String phone,
                                  String education, Timestamp now) throws SQLException {
        s.setLong(1, id);
        s.setString(2, code);
        s.setString(3, first);
        s.setString(4, last);
        s.setString(5, first + " " + last);
        s.setString(6, phone);
        s.setString(7, education);
        s.setTimestamp(8, now);
        s.addBatch();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
