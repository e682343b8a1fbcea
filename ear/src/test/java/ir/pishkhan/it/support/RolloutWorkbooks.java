package ir.pishkhan.it.support;

import ir.pishkhan.license.control.LicenseNumbers;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.rollout.entity.ImportColumn;
import ir.pishkhan.rollout.entity.ImportSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Roll-out files for tests and benchmarks, made up but shaped like a province's real registers:
 * for one province, N licences spread over its counties with their service contracts (one to
 * three agencies each), capacity rows where some counties are exactly full — with a waitlist in
 * historical order —, some over capacity (more licences than capacity, no waitlist) and the
 * others with free slots and no waitlist; M accounts (a clerk per county, working-group
 * secretaries and members, a province official, an auditor, an agency reporter, an office
 * manager). National codes are valid; some licence numbers are an old register's
 * («۱۳۹۸/فارس/۰۰۱۲۳» style, some in Persian digits), the others of this system's shape for their
 * county; some county and person names are typed with Arabic ي/ك — all valid.
 *
 * <p>On request, faults at chosen licence rows — a bad national code, a Gregorian date, a
 * duplicate number, an unknown county, an empty required cell — and {@link Data#faults()} says
 * exactly which cells (sheet, row, column) are faulty. The faults are placed so that nothing else
 * becomes faulty with them (an unknown county is put on a licence of a county with free slots, so
 * no full county's waitlist loses its reason; a licence given a duplicate number has no
 * contracts), and the same data without them ({@link Data#xlsx(boolean) faulty = false}) checks
 * clean.
 *
 * <p>Deterministic: the same {@link Spec} always gives the same bytes. Written as a stream
 * (POI's SXSSF), so 20,000 licences take a second or two.
 */
public final class RolloutWorkbooks {

    private RolloutWorkbooks() {
    }

    /** A county of the province as the API lists it. */
    public record County(long id, String nameFa) {
    }

    /** The faults a test can inject, each at one licence row. */
    public enum Fault {
        /** The holder's national code with a wrong check digit: column holderNationalCode. */
        BAD_NATIONAL_CODE,
        /** The issue date as an Excel date cell (in CSV, Gregorian text): column issueDate. */
        GREGORIAN_DATE,
        /** The number of the next licence row with an old-register number: column number of both rows. */
        DUPLICATE_NUMBER,
        /** A county the province does not have: column county. */
        UNKNOWN_COUNTY,
        /** The office's name left empty: column officeName. */
        EMPTY_REQUIRED
    }

    /** How a county's capacity stands in the generated data. */
    public enum Standing { FULL, OVER, FREE }

    /** A faulty cell: the sheet, the row as the spreadsheet numbers it (header = 1) and the column's key. */
    public record Faulty(ImportSheet sheet, int row, String column) implements Comparable<Faulty> {
        @Override
        public int compareTo(Faulty o) {
            int c = sheet.compareTo(o.sheet);
            if (c == 0) {
                c = Integer.compare(row, o.row);
            }
            return c == 0 ? column.compareTo(o.column) : c;
        }
    }

    /** What to generate. */
    public static final class Spec {
        final String provinceFa;
        final List<County> counties;
        long seed = 1404;
        int licences = 2000;
        int accounts = 50;
        final Map<Integer, Fault> faults = new TreeMap<>();

        public Spec(String provinceFa, List<County> counties) {
            if (counties.size() < 3) {
                throw new IllegalArgumentException("At least three counties are needed (full, over capacity, free)");
            }
            this.provinceFa = provinceFa;
            List<County> sorted = new ArrayList<>(counties);
            sorted.sort((a, b) -> Long.compare(a.id(), b.id()));
            this.counties = List.copyOf(sorted);
        }

        public Spec seed(long value) {
            seed = value;
            return this;
        }

        public Spec licences(int n) {
            licences = n;
            return this;
        }

        public Spec accounts(int n) {
            accounts = n;
            return this;
        }

        /** A fault at the licence with this index (0 is the licences sheet's row 2). */
        public Spec fault(Fault fault, int licenceIndex) {
            if (licenceIndex < 0 || licenceIndex >= licences - 1) {
                throw new IllegalArgumentException("No licence " + licenceIndex);
            }
            faults.put(licenceIndex, fault);
            return this;
        }
    }

    public static Data generate(Spec spec) {
        return new Generator(spec).run();
    }

    // --- The data ------------------------------------------------------------------------------

    /** The generated rows, sheet by sheet in column order, and the faults to apply on output. */
    public static final class Data {
        private final Map<ImportSheet, List<String[]>> rows;
        private final Map<Faulty, Object> faults;
        private final List<String> numbers;
        private final Set<String> usernames;
        private final Map<Long, Standing> standings;

        Data(Map<ImportSheet, List<String[]>> rows, Map<Faulty, Object> faults, List<String> numbers,
             Set<String> usernames, Map<Long, Standing> standings) {
            this.rows = rows;
            this.faults = faults;
            this.numbers = numbers;
            this.usernames = usernames;
            this.standings = standings;
        }

        /** The faulty cells, in sheet, row and column order. */
        public Set<Faulty> faults() {
            return Collections.unmodifiableSet(new TreeSet<>(faults.keySet()));
        }

        /** The data rows of a sheet. */
        public int rows(ImportSheet sheet) {
            return rows.get(sheet).size();
        }

        /** Every licence number, in the form the register keeps it. */
        public List<String> licenceNumbers() {
            return numbers;
        }

        /** Every username of the accounts sheet. */
        public Set<String> usernames() {
            return usernames;
        }

        /** How each county's capacity stands (full with a waitlist, over capacity, free). */
        public Map<Long, Standing> standings() {
            return standings;
        }

        /** The workbook with the faults. */
        public byte[] xlsx() {
            return xlsx(true);
        }

        public byte[] xlsx(boolean faulty) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writeXlsx(out, faulty);
            return out.toByteArray();
        }

        /** The workbook: the guide's name as a sheet (ignored by the reader), then one sheet per kind. */
        public void writeXlsx(OutputStream out, boolean faulty) {
            SXSSFWorkbook book = new SXSSFWorkbook(500);
            try {
                CellStyle date = book.createCellStyle();
                date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
                book.createSheet("راهنما").createRow(0).createCell(0).setCellValue("دادهٔ آزمون");
                for (ImportSheet sheet : ImportSheet.values()) {
                    SXSSFSheet s = book.createSheet(sheet.persianName());
                    s.setRightToLeft(true);
                    List<ImportColumn> columns = sheet.columns();
                    Row header = s.createRow(0);
                    for (int c = 0; c < columns.size(); c++) {
                        header.createCell(c).setCellValue(columns.get(c).header());
                    }
                    List<String[]> data = rows.get(sheet);
                    for (int r = 0; r < data.size(); r++) {
                        Row row = s.createRow(r + 1);
                        String[] values = data.get(r);
                        for (int c = 0; c < columns.size(); c++) {
                            Object value = faulty ? faults.getOrDefault(new Faulty(sheet, r + 2, columns.get(c).key()),
                                    values[c]) : values[c];
                            if (value instanceof LocalDate d) {
                                Cell cell = row.createCell(c);
                                cell.setCellValue(d);
                                cell.setCellStyle(date);
                            } else if (value != null && !((String) value).isEmpty()) {
                                row.createCell(c).setCellValue((String) value);
                            }
                        }
                    }
                }
                book.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    book.close();
                } catch (IOException e) {
                    // Written already.
                }
                book.dispose();
            }
        }

        /** One sheet as a CSV file (UTF-8 with a byte-order mark, as Excel's «CSV UTF-8» saves it). */
        public byte[] csv(ImportSheet sheet, boolean faulty) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writeCsv(out, sheet, faulty);
            return out.toByteArray();
        }

        /** Every sheet as CSV files in one zip, each named by the sheet's file name (licences.csv …). */
        public byte[] csvZip(boolean faulty) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (ImportSheet sheet : ImportSheet.values()) {
                    zip.putNextEntry(new ZipEntry(sheet.fileName() + ".csv"));
                    writeCsv(zip, sheet, faulty); // the printer is flushed, never closed: the zip goes on
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private void writeCsv(OutputStream out, ImportSheet sheet, boolean faulty) {
            try {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                List<ImportColumn> columns = sheet.columns();
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                        .setHeader(columns.stream().map(ImportColumn::header).toArray(String[]::new)).get());
                List<String[]> data = rows.get(sheet);
                for (int r = 0; r < data.size(); r++) {
                    List<String> record = new ArrayList<>(columns.size());
                    for (int c = 0; c < columns.size(); c++) {
                        Object value = faulty ? faults.getOrDefault(new Faulty(sheet, r + 2, columns.get(c).key()),
                                data.get(r)[c]) : data.get(r)[c];
                        record.add(value instanceof LocalDate d ? d.toString() : (String) value);
                    }
                    csv.printRecord(record);
                }
                csv.flush();
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // --- Making it up --------------------------------------------------------------------------

    private static final String[] FIRST = {"علی", "محمد", "حسین", "رضا", "مهدی", "زهرا", "فاطمه", "مریم", "سارا", "نرگس",
        "امیر", "حمید", "کاظم", "یاسمن", "کیوان", "سمیه", "یوسف", "نیلوفر", "پریسا", "بهرام"};
    private static final String[] LAST = {"رضایی", "احمدی", "کریمی", "محمدی", "حسینی", "موسوی", "جعفری", "قاسمی", "یزدانی",
        "کاظمی", "شیرازی", "نیک‌نام", "سلیمانی", "کرمانی", "یوسفی", "بهرامی", "فرهادی", "صادقی"};
    private static final String[] STREETS = {"امام", "انقلاب", "آزادی", "ولیعصر", "شهدا", "بهار", "کشاورز", "ملت"};
    private static final String[] EDUCATION = {"دیپلم", "کاردانی", "کارشناسی", "کارشناسي ارشد", "دکتری", "کارشناسی"};
    private static final String[] AGENCIES = {"گاز", "توزیع برق", "آب و فاضلاب", "مخابرات", "پست", "پست بانک",
        "تأمین اجتماعی و بیمه", "جهاد کشاورزی", "امور اقتصادی و دارایی", "استاندارد", "شهرداری"};
    private static final String[] SERVICES = {"ثبت درخواست انشعاب", "پرداخت قبوض", "تغییر نام مشترک", "ثبت شکایت",
        "صدور المثنی", "تمدید قرارداد", "ثبت نام بیمه", "پیگیری پرونده"};
    private static final String[] DOCUMENTS = {"همه", "همه", "کارت ملی، شناسنامه، عکس", "کارت ملي، مدرک تحصیلی", ""};

    /** One licence as planned, before it becomes a row. */
    private static final class Licence {
        County county;
        OfficeType type;
        String status;
        boolean ownShape;
        boolean persianDigits;
        String number;
        String normalNumber;
        int issueYear;
        int issueMonth;
        int issueDay;
    }

    private static final class Generator {
        private final Spec spec;
        private final SplittableRandom random;
        private final String tag;
        private final Set<String> codes = new HashSet<>();
        private final Map<Long, Standing> standings = new LinkedHashMap<>();

        Generator(Spec spec) {
            this.spec = spec;
            this.random = new SplittableRandom(spec.seed);
            this.tag = Long.toString(Math.abs(spec.seed) % 1_000_000, 36);
        }

        Data run() {
            standings();
            List<Licence> licences = licences();
            Map<ImportSheet, List<String[]>> rows = new EnumMap<>(ImportSheet.class);
            Map<Faulty, Object> faults = new LinkedHashMap<>();
            Map<Slot, int[]> occupancy = new LinkedHashMap<>();
            List<String[]> licenceRows = new ArrayList<>();
            for (int i = 0; i < licences.size(); i++) {
                Licence l = licences.get(i);
                licenceRows.add(licenceRow(l));
                int[] counts = occupancy.computeIfAbsent(new Slot(l.county.id(), l.type), s -> new int[1]);
                if (l.status.equals("فعال") || l.status.equals("تعلیق")) {
                    counts[0]++;
                }
            }
            rows.put(ImportSheet.LICENCES, licenceRows);
            rows.put(ImportSheet.CAPACITY, capacity(occupancy));
            rows.put(ImportSheet.CONTRACTS, contracts(licences));
            rows.put(ImportSheet.WAITLIST, waitlist(occupancy));
            List<String[]> accounts = accounts(licences);
            rows.put(ImportSheet.ACCOUNTS, accounts);
            faults(licences, faults);
            Set<String> usernames = new LinkedHashSet<>();
            accounts.forEach(a -> usernames.add(a[0]));
            List<String> numbers = licences.stream().map(l -> l.normalNumber).toList();
            return new Data(rows, faults, numbers, usernames, Collections.unmodifiableMap(standings));
        }

        /** A fifth of the counties exactly full (with a waitlist), a sixth over capacity, the rest free. */
        private void standings() {
            List<County> shuffled = new ArrayList<>(spec.counties);
            Collections.shuffle(shuffled, new Random(spec.seed));
            int full = Math.max(1, shuffled.size() / 5);
            int over = Math.max(1, shuffled.size() / 6);
            for (int i = 0; i < shuffled.size(); i++) {
                standings.put(shuffled.get(i).id(), i < full ? Standing.FULL : i < full + over ? Standing.OVER : Standing.FREE);
            }
        }

        private List<Licence> licences() {
            List<Licence> list = new ArrayList<>(spec.licences);
            int counties = spec.counties.size();
            for (int i = 0; i < spec.licences; i++) {
                Licence l = new Licence();
                // Round the counties, more in some than in others.
                l.county = spec.counties.get((i + random.nextInt(Math.max(1, counties / 3))) % counties);
                l.type = random.nextInt(6) == 0 ? OfficeType.RURAL_ICT : OfficeType.GOVERNMENT_COUNTER;
                int s = random.nextInt(100);
                l.status = s < 84 ? "فعال" : s < 88 ? "تعلیق" : s < 97 ? "منقضی" : "لغوشده";
                l.ownShape = random.nextInt(5) == 0;
                l.persianDigits = random.nextInt(4) == 0;
                l.issueYear = 1390 + random.nextInt(12);
                l.issueMonth = 1 + random.nextInt(12);
                l.issueDay = 1 + random.nextInt(28);
                list.add(l);
            }
            // A licence whose county will be unknown stands in a county with free slots, so that a full
            // county's waitlist keeps its reason when the licence drops out of that county's count.
            for (Map.Entry<Integer, Fault> f : spec.faults.entrySet()) {
                if (f.getValue() == Fault.UNKNOWN_COUNTY && standings.get(list.get(f.getKey()).county.id()) != Standing.FREE) {
                    County free = spec.counties.stream().filter(c -> standings.get(c.id()) == Standing.FREE).findFirst()
                            .orElseThrow();
                    list.get(f.getKey()).county = free;
                }
            }
            // A licence whose number is duplicated takes the next old-register number: make sure there is one.
            for (Map.Entry<Integer, Fault> f : spec.faults.entrySet()) {
                if (f.getValue() == Fault.DUPLICATE_NUMBER) {
                    list.get(duplicateOf(f.getKey())).ownShape = false;
                }
            }
            long offset = Math.floorMod(spec.seed * 7919L, 900_000L);
            for (int i = 0; i < list.size(); i++) {
                Licence l = list.get(i);
                long serial = (offset + i) % 900_000L;
                if (l.ownShape) {
                    // Serials 20000-99999, far above those the register issues in a test's lifetime, one per licence.
                    l.number = LicenseNumbers.format(l.county.id(), l.type, 20_000 + (int) ((offset + i) % 80_000));
                    l.normalNumber = l.number;
                } else {
                    l.number = (1390 + serial % 10) + "/" + spec.provinceFa + "/" + String.format("%06d", 100_000 + serial);
                    l.normalNumber = LicenseNumbers.legacy(l.number);
                    if (l.persianDigits) {
                        l.number = persianDigits(l.number);
                    }
                }
            }
            return list;
        }

        /** The licence whose number a DUPLICATE_NUMBER fault at {@code index} copies: the next one without a fault. */
        private int duplicateOf(int index) {
            int j = index + 1;
            while (spec.faults.containsKey(j)) {
                j++;
            }
            return j;
        }

        private String[] licenceRow(Licence l) {
            int n = random.nextInt(1, 500);
            String county = variant(l.county.nameFa());
            String office = l.type == OfficeType.GOVERNMENT_COUNTER ? pick("پیشخوان", "دفتر پیشخوان خدمات دولت")
                    : pick("ICT روستایی", "روستایی");
            String locality = l.type == OfficeType.GOVERNMENT_COUNTER ? l.county.nameFa() : "روستای " + pick(STREETS);
            String issue = date(l.issueYear, l.issueMonth, l.issueDay);
            String expiry = date(l.issueYear + 5, l.issueMonth, l.issueDay);
            String suspended = l.status.equals("تعلیق") ? date(l.issueYear + 4, l.issueMonth, l.issueDay) : "";
            String revoked = l.status.equals("لغوشده") ? date(l.issueYear + 1, l.issueMonth, l.issueDay) : "";
            String code = nationalCode();
            return new String[] {l.number, county, office, "دفتر پیشخوان " + l.county.nameFa() + " " + persianDigits(String.valueOf(n)),
                l.county.nameFa() + "، خیابان " + pick(STREETS) + "، پلاک " + n, locality,
                random.nextInt(5) == 0 ? persianDigits(code) : code, person(pick(FIRST)), person(pick(LAST)), phone(),
                pick(EDUCATION), issue, expiry, l.status, suspended, revoked};
        }

        private List<String[]> capacity(Map<Slot, int[]> occupancy) {
            List<String[]> rows = new ArrayList<>();
            for (Map.Entry<Slot, int[]> e : occupancy.entrySet()) {
                County county = county(e.getKey().countyId());
                int occupied = e.getValue()[0];
                int capacity = switch (standings.get(county.id())) {
                    case FULL -> occupied;
                    case OVER -> Math.max(0, occupied - 1 - random.nextInt(3));
                    case FREE -> occupied + 1 + random.nextInt(5);
                };
                rows.add(new String[] {variant(county.nameFa()), typeName(e.getKey().type()),
                    random.nextInt(3) == 0 ? persianDigits(String.valueOf(capacity)) : String.valueOf(capacity)});
            }
            // Free slots where no licence stands yet.
            for (County c : spec.counties) {
                Slot rural = new Slot(c.id(), OfficeType.RURAL_ICT);
                if (standings.get(c.id()) == Standing.FREE && !occupancy.containsKey(rural)) {
                    rows.add(new String[] {c.nameFa(), "ICT روستایی", String.valueOf(2 + random.nextInt(4))});
                }
            }
            return rows;
        }

        private List<String[]> contracts(List<Licence> licences) {
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < licences.size(); i++) {
                Licence l = licences.get(i);
                if (spec.faults.get(i) == Fault.DUPLICATE_NUMBER) {
                    continue; // its own number disappears from the faulty file: nothing may name it
                }
                boolean open = l.status.equals("فعال") || l.status.equals("تعلیق");
                int count = open ? 1 + random.nextInt(3) : random.nextInt(2);
                List<String> agencies = new ArrayList<>(List.of(AGENCIES));
                for (int k = 0; k < count; k++) {
                    String agency = agencies.remove(random.nextInt(agencies.size()));
                    rows.add(new String[] {l.number, agency, pick(SERVICES), date(l.issueYear + 1, l.issueMonth, 1 + random.nextInt(28)),
                        open ? pick("فعال", "فعال", "فعال", "") : "پایان‌یافته"});
                }
            }
            return rows;
        }

        /** One to four applicants in each full county, in the order they applied. */
        private List<String[]> waitlist(Map<Slot, int[]> occupancy) {
            List<String[]> rows = new ArrayList<>();
            for (Slot slot : occupancy.keySet()) {
                County county = county(slot.countyId());
                if (standings.get(county.id()) != Standing.FULL) {
                    continue;
                }
                int waiting = 1 + random.nextInt(4);
                int year = 1400;
                int month = 1 + random.nextInt(3);
                for (int k = 0; k < waiting; k++) {
                    month += random.nextInt(3);
                    if (month > 12) {
                        month -= 12;
                        year++;
                    }
                    rows.add(new String[] {variant(county.nameFa()), typeName(slot.type()), date(year, month, 1 + random.nextInt(28)),
                        nationalCode(), person(pick(FIRST)), person(pick(LAST)), phone(), pick(EDUCATION),
                        slot.type() == OfficeType.GOVERNMENT_COUNTER ? county.nameFa() : "روستای " + pick(STREETS),
                        pick(DOCUMENTS)});
                }
            }
            return rows;
        }

        private List<String[]> accounts(List<Licence> licences) {
            List<String[]> rows = new ArrayList<>();
            String prefix = "r" + tag + ".";
            rows.add(account(prefix + "official", "مسئول استان", "", "", ""));
            rows.add(account(prefix + "auditor", "بازرس", "", "", ""));
            rows.add(account(prefix + "gas", "گزارشگر دستگاه طرف قرارداد", "", "گاز", ""));
            Set<Integer> copied = new HashSet<>();
            spec.faults.forEach((i, f) -> {
                if (f == Fault.DUPLICATE_NUMBER) {
                    copied.add(duplicateOf(i));
                }
            });
            Licence managed = null;
            for (int i = 0; i < licences.size() && managed == null; i++) {
                if (!spec.faults.containsKey(i) && !copied.contains(i) && licences.get(i).status.equals("فعال")) {
                    managed = licences.get(i);
                }
            }
            rows.add(account(prefix + "manager", "مدیر دفتر", "", "", managed.number));
            List<County> counties = spec.counties;
            // Working groups of the first counties: a secretary and three members each; the first
            // member is also the county's clerk (one username, two roles, the same name).
            for (int c = 0; c < Math.min(2, counties.size()) && rows.size() + 5 <= spec.accounts; c++) {
                County county = counties.get(c);
                rows.add(account(prefix + "wg" + (c + 1) + ".secretary", "دبیر کارگروه شهرستان", variant(county.nameFa()), "", ""));
                for (int m = 1; m <= 3; m++) {
                    rows.add(account(prefix + "wg" + (c + 1) + ".m" + m, "عضو کارگروه شهرستان", county.nameFa(), "", ""));
                }
                String[] member = rows.get(rows.size() - 3);
                rows.add(new String[] {member[0], member[1], "کارمند اداره پست شهرستان", county.nameFa(), "", "", member[6], member[7]});
            }
            for (int n = 0; rows.size() < spec.accounts; n++) {
                County county = counties.get(n % counties.size());
                rows.add(account(prefix + "clerk" + String.format("%02d", n + 1), "کارمند اداره پست شهرستان",
                        variant(county.nameFa()), "", ""));
            }
            return rows.subList(0, Math.min(rows.size(), spec.accounts));
        }

        private String[] account(String username, String role, String county, String agency, String office) {
            String mobile = random.nextInt(4) == 0 ? "" : "0917" + String.format("%07d", random.nextInt(10_000_000));
            String email = mobile.isEmpty() ? username.replace('.', '-') + "@example.ir" : "";
            return new String[] {username, person(pick(FIRST)) + " " + person(pick(LAST)), role, county, agency, office,
                mobile, email};
        }

        private void faults(List<Licence> licences, Map<Faulty, Object> faults) {
            for (Map.Entry<Integer, Fault> f : spec.faults.entrySet()) {
                int i = f.getKey();
                int row = i + 2;
                Licence l = licences.get(i);
                switch (f.getValue()) {
                    case BAD_NATIONAL_CODE -> {
                        String code = nationalCode();
                        char last = code.charAt(9);
                        faults.put(new Faulty(ImportSheet.LICENCES, row, "holderNationalCode"),
                                code.substring(0, 9) + (char) ('0' + (last - '0' + 1) % 10));
                    }
                    case GREGORIAN_DATE -> faults.put(new Faulty(ImportSheet.LICENCES, row, "issueDate"),
                            LocalDate.of(2011 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                    case DUPLICATE_NUMBER -> {
                        int j = duplicateOf(i);
                        faults.put(new Faulty(ImportSheet.LICENCES, row, "number"), licences.get(j).number);
                        // The copied row is now a duplicate too: its cell is faulty, with its own value.
                        faults.put(new Faulty(ImportSheet.LICENCES, j + 2, "number"), licences.get(j).number);
                    }
                    case UNKNOWN_COUNTY -> faults.put(new Faulty(ImportSheet.LICENCES, row, "county"),
                            "ناکجاآباد " + persianDigits(String.valueOf(i)));
                    case EMPTY_REQUIRED -> faults.put(new Faulty(ImportSheet.LICENCES, row, "officeName"), "");
                }
            }
        }

        // --- Small helpers --------------------------------------------------------------------

        private County county(long id) {
            return spec.counties.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        }

        /** A county as clerks type it: mostly as named, some with Arabic ي/ك, some after the word «شهرستان». */
        private String variant(String county) {
            int v = random.nextInt(8);
            return v == 0 ? arabic(county) : v == 1 ? "شهرستان " + county : county;
        }

        /** A person's name, some typed with Arabic ي/ك. */
        private String person(String name) {
            return random.nextInt(6) == 0 ? arabic(name) : name;
        }

        private static String arabic(String name) {
            return name.replace('ی', 'ي').replace('ک', 'ك');
        }

        private String nationalCode() {
            while (true) {
                StringBuilder digits = new StringBuilder();
                for (int i = 0; i < 9; i++) {
                    digits.append(random.nextInt(10));
                }
                int sum = 0;
                for (int i = 0; i < 9; i++) {
                    sum += (digits.charAt(i) - '0') * (10 - i);
                }
                int r = sum % 11;
                String code = digits.toString() + (r < 2 ? r : 11 - r);
                if (!code.chars().allMatch(c -> c == code.charAt(0)) && codes.add(code)) {
                    return code;
                }
            }
        }

        private String phone() {
            String phone = "09" + (10 + random.nextInt(30)) + String.format("%07d", random.nextInt(10_000_000));
            return random.nextInt(6) == 0 ? persianDigits(phone) : phone;
        }

        private String date(int year, int month, int day) {
            String d = String.format("%04d/%02d/%02d", year, month, day);
            int v = random.nextInt(6);
            return v == 0 ? persianDigits(d) : v == 1 ? year + "-" + month + "-" + day : d;
        }

        private String pick(String... values) {
            return values[random.nextInt(values.length)];
        }

        private static String typeName(OfficeType type) {
            return type == OfficeType.GOVERNMENT_COUNTER ? "پیشخوان" : "ICT روستایی";
        }
    }

    private record Slot(long countyId, OfficeType type) {
    }

    static String persianDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return b.toString();
    }

}
