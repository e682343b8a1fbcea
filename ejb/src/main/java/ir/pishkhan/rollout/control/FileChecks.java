package ir.pishkhan.rollout.control;

import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.rollout.entity.ImportBatch;
import ir.pishkhan.rollout.entity.ImportSheet;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.text.PersianNumbers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The dry run of one upload: every data row is staged in {@code import_row} (its cells as typed,
 * JSON) and checked — first on its own ({@link RowChecks}), then across the file and against the
 * register — and each row's errors are written beside it. Nothing in the register changes.
 *
 * <p>The rows go to the database in JDBC batches as they are read, on the use case's own
 * transaction (the JTA datasource), so the file's rows are never all in memory; what is kept
 * while reading is a few keys per row (licence numbers, counties, national codes, usernames) for
 * the checks across rows, which then run set-based: register lookups by batches of keys, the
 * province's capacity and occupancy in one query each.
 *
 * <p>Across rows and against the register:
 * <ul>
 * <li>capacity: a county and office type given twice;</li>
 * <li>licences: a number given twice (every such row); a number the register holds for a licence
 * of another province, county or office type (a re-import of the same licence is fine); a
 * re-import that would change the licence's status (status changes are the lifecycle's use
 * cases); a county and office type with capacity neither in the file nor in the register;</li>
 * <li>contracts: a licence number neither in the file nor in the register (of this province); the
 * same licence and agency twice;</li>
 * <li>waitlist: the same person twice for one county and office type; a county and office type
 * without capacity, or with a free slot — capacity from the file, else the register, minus the
 * licences that occupy a slot (active or suspended) in the file and in the register: a waitlist
 * is only brought in where no slot is free, or its first applicant would already be owed an
 * invitation;</li>
 * <li>accounts: a username that belongs to a national account or one of another province; one
 * username with different names; an office manager's licence number in neither the file nor the
 * register (of this province).</li>
 * </ul>
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class FileChecks {

    /** Rows per JDBC batch, and keys per register lookup. */
    static final int BATCH = 500;

    @Resource(lookup = "java:jboss/datasources/PishkhanDS")
    DataSource dataSource;

    @Inject
    RowChecks rowChecks;

    @Inject
    Clock clock;

    /** The dry run's counts: data rows, and rows with at least one error. */
    public record Verdict(int rows, int rowsWithErrors) {
    }

    /** Stages and checks the upload for {@code batch} (persisted and flushed: its rows refer to it). */
    public Verdict check(ImportBatch batch, Path file, String fileName, String sheetName) {
        long importId = batch.getId();
        long provinceId = batch.getProvince().getId();
        CountyNames counties = rowChecks.counties(provinceId);
        LocalDate today = LocalDate.now(clock);
        Facts facts = new Facts(counties);
        try (Connection c = dataSource.getConnection(); Stager stager = new Stager(c, importId)) {
            ImportFiles.read(file, fileName, sheetName, (sheet, rowNo, cells) -> {
                Rows.Staged staged = new Rows.Staged(sheet, rowNo, cells);
                Rows.Checked checked = RowChecks.check(staged, counties, today);
                stager.add(sheet, rowNo, RowJson.cells(cells), RowJson.errors(checked.errors()));
                facts.note(staged);
            });
            stager.flush();
            stager.merge(new Across(c, facts, provinceId, counties).errors());
            return verdict(c, importId);
        } catch (SQLException e) {
            throw new IllegalStateException("Staging the rows of import " + importId + " failed", e);
        }
    }

    private static Verdict verdict(Connection c, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(errors IS NOT NULL), 0) FROM import_row WHERE import_id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Verdict(rs.getInt(1), rs.getInt(2));
            }
        }
    }

    /** A row of the upload: its sheet and number. */
    record RowKey(ImportSheet sheet, int rowNo) {
    }

    // --- What is kept of each row while reading ----------------------------------------------

    record LicenceFact(int rowNo, String number, Long countyId, OfficeType type, LicenseStatus status) {
    }

    record ContractFact(int rowNo, String number, Agency agency) {
    }

    record WaitFact(int rowNo, String nationalCode, Long countyId, OfficeType type) {
    }

    record CapacityFact(int rowNo, Long countyId, OfficeType type, Integer capacity) {
    }

    record AccountFact(int rowNo, String username, String displayName, Role role, String office) {
    }

    /**
     * The keys of every row, whether or not the row itself is valid: a licence with a faulty
     * holder still has its number, county and status, so its contracts and its county's
     * occupancy are judged as they will be once the row is corrected.
     */
    static final class Facts {
        final CountyNames counties;
        final List<CapacityFact> capacity = new ArrayList<>();
        final List<LicenceFact> licences = new ArrayList<>();
        final List<ContractFact> contracts = new ArrayList<>();
        final List<WaitFact> waitlist = new ArrayList<>();
        final List<AccountFact> accounts = new ArrayList<>();

        Facts(CountyNames counties) {
            this.counties = counties;
        }

        void note(Rows.Staged row) {
            Map<String, String> c = row.cells();
            switch (row.sheet()) {
                case CAPACITY -> capacity.add(new CapacityFact(row.rowNo(), county(c.get("county")),
                        value(c.get("officeType"), Cells::officeType), value(c.get("capacity"), v -> Cells.integer(v, 0, 100_000))));
                case LICENCES -> licences.add(new LicenceFact(row.rowNo(), Cells.numberKey(c.get("number")),
                        county(c.get("county")), value(c.get("officeType"), Cells::officeType),
                        value(c.get("status"), Cells::licenceStatus)));
                case CONTRACTS -> contracts.add(new ContractFact(row.rowNo(), Cells.numberKey(c.get("number")),
                        value(c.get("agency"), Cells::agency)));
                case WAITLIST -> waitlist.add(new WaitFact(row.rowNo(), value(c.get("nationalCode"), Cells::nationalCode),
                        county(c.get("county")), value(c.get("officeType"), Cells::officeType)));
                case ACCOUNTS -> accounts.add(new AccountFact(row.rowNo(), blankToNull(Cells.username(c.get("username"))),
                        Cells.text(c.get("displayName")), value(c.get("role"), Cells::role), Cells.numberKey(c.get("office"))));
            }
        }

        private Long county(String cell) {
            return counties.find(cell).orElse(null);
        }

        private static <T> T value(String cell, Function<String, T> reader) {
            if (Cells.blank(cell)) {
                return null;
            }
            try {
                return reader.apply(cell);
            } catch (Cells.Invalid e) {
                return null;
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }

    // --- The checks across rows and against the register -------------------------------------

    /** A licence as the register holds it. */
    record Registered(String number, long provinceId, String provinceFa, long countyId, String countyFa,
                      OfficeType type, LicenseStatus status) {
    }

    private static final class Across {
        private final Connection c;
        private final Facts facts;
        private final long provinceId;
        private final CountyNames counties;
        private final Map<RowKey, List<Rows.CellError>> errors = new LinkedHashMap<>();

        Across(Connection c, Facts facts, long provinceId, CountyNames counties) {
            this.c = c;
            this.facts = facts;
            this.provinceId = provinceId;
            this.counties = counties;
        }

        Map<RowKey, List<Rows.CellError>> errors() throws SQLException {
            Map<Slot, Integer> fileCapacity = capacity();
            Map<Slot, Integer> registerCapacity = registerCapacity();
            Set<String> fileNumbers = new HashSet<>();
            facts.licences.forEach(l -> {
                if (l.number() != null) {
                    fileNumbers.add(l.number());
                }
            });
            Set<String> wanted = new HashSet<>(fileNumbers);
            facts.contracts.forEach(k -> add(wanted, k.number()));
            facts.accounts.forEach(a -> add(wanted, a.office()));
            Map<String, Registered> registered = registered(wanted);
            licences(fileCapacity, registerCapacity, registered);
            contracts(fileNumbers, registered);
            waitlist(fileCapacity, registerCapacity, registered);
            accounts(fileNumbers, registered);
            return errors;
        }

        private static void add(Set<String> set, String value) {
            if (value != null) {
                set.add(value);
            }
        }

        private Map<Slot, Integer> capacity() {
            Map<Slot, List<Integer>> rows = new LinkedHashMap<>();
            Map<Slot, Integer> capacity = new HashMap<>();
            for (CapacityFact f : facts.capacity) {
                if (f.countyId() != null && f.type() != null) {
                    Slot slot = new Slot(f.countyId(), f.type());
                    rows.computeIfAbsent(slot, s -> new ArrayList<>()).add(f.rowNo());
                    if (f.capacity() != null) {
                        capacity.putIfAbsent(slot, f.capacity());
                    }
                }
            }
            for (List<Integer> same : rows.values()) {
                if (same.size() > 1) {
                    for (int rowNo : same) {
                        error(ImportSheet.CAPACITY, rowNo, "county", "ظرفیت این شهرستان و نوع دفتر در این برگه چند بار آمده است "
                                + rowsNamed(same));
                    }
                }
            }
            return capacity;
        }

        private void licences(Map<Slot, Integer> fileCapacity, Map<Slot, Integer> registerCapacity,
                              Map<String, Registered> registered) {
            Map<String, List<Integer>> byNumber = new LinkedHashMap<>();
            for (LicenceFact f : facts.licences) {
                if (f.number() != null) {
                    byNumber.computeIfAbsent(f.number(), n -> new ArrayList<>()).add(f.rowNo());
                }
            }
            for (LicenceFact f : facts.licences) {
                List<Integer> same = f.number() == null ? List.of() : byNumber.get(f.number());
                if (same.size() > 1) {
                    error(ImportSheet.LICENCES, f.rowNo(), "number", "شمارهٔ پروانهٔ «" + f.number()
                            + "» در این برگه چند بار آمده است " + rowsNamed(same));
                }
                Registered r = f.number() == null ? null : registered.get(f.number());
                if (r != null) {
                    if (r.provinceId() != provinceId) {
                        error(ImportSheet.LICENCES, f.rowNo(), "number", "این شماره در سامانه برای پروانهٔ دفتری در استان «"
                                + r.provinceFa() + "» ثبت شده است");
                    } else if (f.countyId() != null && f.countyId() != r.countyId() || f.type() != null && f.type() != r.type()) {
                        error(ImportSheet.LICENCES, f.rowNo(), "number", "این شماره در سامانه برای پروانهٔ «"
                                + r.type().persianName() + "» در شهرستان «" + r.countyFa() + "» ثبت شده است");
                    } else if (f.status() != null && f.status() != r.status()) {
                        error(ImportSheet.LICENCES, f.rowNo(), "status", "وضعیت این پروانه در سامانه «" + r.status().persianName()
                                + "» است؛ ورود اطلاعات وضعیت پروانهٔ ثبت‌شده را تغییر نمی‌دهد (تعلیق، لغو و دیگر تغییرهای "
                                + "وضعیت از راه خود انجام می‌شوند)");
                    }
                }
                if (f.countyId() != null && f.type() != null) {
                    Slot slot = new Slot(f.countyId(), f.type());
                    if (!fileCapacity.containsKey(slot) && !registerCapacity.containsKey(slot)) {
                        error(ImportSheet.LICENCES, f.rowNo(), "county", noCapacity(slot));
                    }
                }
            }
        }

        private void contracts(Set<String> fileNumbers, Map<String, Registered> registered) {
            Map<String, List<Integer>> byKey = new LinkedHashMap<>();
            for (ContractFact f : facts.contracts) {
                if (f.number() != null && f.agency() != null) {
                    byKey.computeIfAbsent(f.number() + "\u0000" + f.agency().name(), k -> new ArrayList<>()).add(f.rowNo());
                }
            }
            for (ContractFact f : facts.contracts) {
                if (f.number() != null) {
                    licenceKnown(ImportSheet.CONTRACTS, f.rowNo(), "number", f.number(), fileNumbers, registered);
                }
                if (f.number() != null && f.agency() != null) {
                    List<Integer> same = byKey.get(f.number() + "\u0000" + f.agency().name());
                    if (same.size() > 1) {
                        error(ImportSheet.CONTRACTS, f.rowNo(), "agency", "قرارداد پروانهٔ «" + f.number() + "» با «"
                                + f.agency().persianName() + "» در این برگه چند بار آمده است " + rowsNamed(same));
                    }
                }
            }
        }

        private void waitlist(Map<Slot, Integer> fileCapacity, Map<Slot, Integer> registerCapacity,
                              Map<String, Registered> registered) throws SQLException {
            Map<String, List<Integer>> byPerson = new LinkedHashMap<>();
            Set<Slot> slots = new HashSet<>();
            for (WaitFact f : facts.waitlist) {
                if (f.nationalCode() != null && f.countyId() != null && f.type() != null) {
                    byPerson.computeIfAbsent(f.nationalCode() + "/" + f.countyId() + "/" + f.type(), k -> new ArrayList<>())
                            .add(f.rowNo());
                }
                if (f.countyId() != null && f.type() != null) {
                    slots.add(new Slot(f.countyId(), f.type()));
                }
            }
            Map<Slot, Integer> free = slots.isEmpty() ? Map.of() : free(slots, fileCapacity, registerCapacity, registered);
            for (WaitFact f : facts.waitlist) {
                if (f.nationalCode() != null && f.countyId() != null && f.type() != null) {
                    List<Integer> same = byPerson.get(f.nationalCode() + "/" + f.countyId() + "/" + f.type());
                    if (same.size() > 1) {
                        error(ImportSheet.WAITLIST, f.rowNo(), "nationalCode", "این متقاضی برای همین شهرستان و نوع دفتر در "
                                + "این برگه چند بار آمده است " + rowsNamed(same));
                    }
                }
                if (f.countyId() != null && f.type() != null) {
                    Slot slot = new Slot(f.countyId(), f.type());
                    if (!fileCapacity.containsKey(slot) && !registerCapacity.containsKey(slot)) {
                        error(ImportSheet.WAITLIST, f.rowNo(), "county", noCapacity(slot));
                    } else if (free.getOrDefault(slot, 0) > 0) {
                        int capacity = fileCapacity.getOrDefault(slot, registerCapacity.get(slot));
                        error(ImportSheet.WAITLIST, f.rowNo(), "county", "این شهرستان ظرفیت خالی دارد؛ صف انتظار تنها برای "
                                + "شهرستانی پذیرفته می‌شود که ظرفیت آن پر است (ظرفیت " + PersianNumbers.quantity(capacity)
                                + "، پروانه‌های دارای ظرفیت " + PersianNumbers.quantity(capacity - free.get(slot))
                                + ")؛ نخست پروانه‌ها را وارد کنید یا ظرفیت را درست کنید");
                    }
                }
            }
        }

        /**
         * Free slots of the given county/office types: capacity (the file's, else the register's)
         * less the slot-occupying licences of the file and those of the register the file does not
         * list again.
         */
        private Map<Slot, Integer> free(Set<Slot> slots, Map<Slot, Integer> fileCapacity, Map<Slot, Integer> registerCapacity,
                                        Map<String, Registered> registered) throws SQLException {
            Map<Slot, Integer> occupied = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.county_id, l.office_type, COUNT(*) FROM license l"
                    + " JOIN county c ON c.id = l.county_id WHERE c.province_id = ? AND l.status IN ('ACTIVE', 'SUSPENDED')"
                    + " GROUP BY l.county_id, l.office_type")) {
                ps.setLong(1, provinceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        occupied.merge(new Slot(rs.getLong(1), OfficeType.valueOf(rs.getString(2))), rs.getInt(3), Integer::sum);
                    }
                }
            }
            Set<String> counted = new HashSet<>();
            for (LicenceFact f : facts.licences) {
                Registered r = f.number() == null ? null : registered.get(f.number());
                if (r != null && r.provinceId() == provinceId && r.status().occupiesSlot() && counted.add(f.number())) {
                    // Listed again in the file: counted once, as the file has it.
                    occupied.merge(new Slot(r.countyId(), r.type()), -1, Integer::sum);
                }
                if (f.countyId() != null && f.type() != null && f.status() != null && f.status().occupiesSlot()) {
                    occupied.merge(new Slot(f.countyId(), f.type()), 1, Integer::sum);
                }
            }
            Map<Slot, Integer> free = new HashMap<>();
            for (Slot slot : slots) {
                Integer capacity = fileCapacity.getOrDefault(slot, registerCapacity.get(slot));
                if (capacity != null) {
                    free.put(slot, capacity - occupied.getOrDefault(slot, 0));
                }
            }
            return free;
        }

        private void accounts(Set<String> fileNumbers, Map<String, Registered> registered) throws SQLException {
            Map<String, Long> homes = homeProvinces();
            Map<String, Set<String>> names = new HashMap<>();
            Map<String, List<Integer>> rows = new HashMap<>();
            for (AccountFact f : facts.accounts) {
                if (f.username() != null && f.displayName() != null) {
                    names.computeIfAbsent(f.username(), u -> new HashSet<>()).add(Cells.key(f.displayName()));
                    rows.computeIfAbsent(f.username(), u -> new ArrayList<>()).add(f.rowNo());
                }
            }
            for (AccountFact f : facts.accounts) {
                if (f.username() != null && homes.containsKey(f.username())) {
                    Long home = homes.get(f.username());
                    if (home == null || home != provinceId) {
                        error(ImportSheet.ACCOUNTS, f.rowNo(), "username", "نام کاربری «" + f.username() + "» از آنِ "
                                + (home == null ? "یک حساب کشوری" : "حسابی در استان دیگر") + " است؛ نام کاربری دیگری برگزینید");
                    }
                }
                if (f.username() != null && f.displayName() != null && names.get(f.username()).size() > 1) {
                    error(ImportSheet.ACCOUNTS, f.rowNo(), "displayName", "برای نام کاربری «" + f.username()
                            + "» در این برگه نام‌های گوناگون آمده است " + rowsNamed(rows.get(f.username())));
                }
                if (f.role() == Role.OFFICE_MANAGER && f.office() != null) {
                    licenceKnown(ImportSheet.ACCOUNTS, f.rowNo(), "office", f.office(), fileNumbers, registered);
                }
            }
        }

        /** A licence a contract or an office manager names must be in the file or in the register, in this province. */
        private void licenceKnown(ImportSheet sheet, int rowNo, String column, String number, Set<String> fileNumbers,
                                  Map<String, Registered> registered) {
            if (fileNumbers.contains(number)) {
                return;
            }
            Registered r = registered.get(number);
            if (r == null) {
                error(sheet, rowNo, column, "پروانه‌ای با شمارهٔ «" + number + "» نه در برگهٔ پروانه‌ها آمده است و نه در سامانه "
                        + "ثبت است");
            } else if (r.provinceId() != provinceId) {
                error(sheet, rowNo, column, "پروانهٔ «" + number + "» از آنِ دفتری در استان «" + r.provinceFa() + "» است");
            }
        }

        private String noCapacity(Slot slot) {
            return "برای «" + slot.type().persianName() + "» در شهرستان «" + counties.name(slot.countyId())
                    + "» ظرفیتی نه در برگهٔ ظرفیت آمده است و نه در سامانه ثبت است";
        }

        private void error(ImportSheet sheet, int rowNo, String column, String detail) {
            errors.computeIfAbsent(new RowKey(sheet, rowNo), k -> new ArrayList<>())
                    .add(new Rows.CellError(column, RowChecks.message(sheet, column, detail)));
        }

        // --- Register lookups --------------------------------------------------------------

        private Map<Slot, Integer> registerCapacity() throws SQLException {
            Map<Slot, Integer> capacity = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT b.county_id, b.office_type, b.capacity FROM capacity_book b"
                    + " JOIN county c ON c.id = b.county_id WHERE c.province_id = ?")) {
                ps.setLong(1, provinceId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        capacity.put(new Slot(rs.getLong(1), OfficeType.valueOf(rs.getString(2))), rs.getInt(3));
                    }
                }
            }
            return capacity;
        }

        /** The register's licences with these numbers, by number (in the form the file's numbers are compared in). */
        private Map<String, Registered> registered(Collection<String> numbers) throws SQLException {
            Map<String, Registered> found = new HashMap<>();
            for (List<String> part : partition(numbers)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT l.number, p.id, p.name_fa, c.id, c.name_fa, l.office_type,"
                        + " l.status FROM license l JOIN county c ON c.id = l.county_id JOIN province p ON p.id = c.province_id"
                        + " WHERE l.number IN (" + marks(part.size()) + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String key = Cells.numberKey(rs.getString(1));
                            found.put(key, new Registered(key, rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                                    OfficeType.valueOf(rs.getString(6)), LicenseStatus.valueOf(rs.getString(7))));
                        }
                    }
                }
            }
            return found;
        }

        /** The home province of the accounts the file names that exist already (null: a national account). */
        private Map<String, Long> homeProvinces() throws SQLException {
            Set<String> usernames = new HashSet<>();
            facts.accounts.forEach(a -> add(usernames, a.username()));
            Map<String, Long> homes = new HashMap<>();
            for (List<String> part : partition(usernames)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT username, home_province_id FROM user_account"
                        + " WHERE username IN (" + marks(part.size()) + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long home = rs.getLong(2);
                            Long homeProvince = rs.wasNull() ? null : home;
                            homes.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), homeProvince);
                        }
                    }
                }
            }
            return homes;
        }
    }

    /** «(ردیف‌های ۱۲، ۴۵)»: at most five of the rows, in order. */
    static String rowsNamed(List<Integer> rows) {
        StringBuilder b = new StringBuilder("(ردیف‌های ");
        for (int i = 0; i < Math.min(rows.size(), 5); i++) {
            b.append(i == 0 ? "" : "، ").append(PersianNumbers.digits(rows.get(i)));
        }
        return b.append(rows.size() > 5 ? "، …)" : ")").toString();
    }

    private static List<List<String>> partition(Collection<String> values) {
        List<List<String>> parts = new ArrayList<>();
        List<String> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i += BATCH) {
            parts.add(sorted.subList(i, Math.min(sorted.size(), i + BATCH)));
        }
        return parts;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    // --- Writing the staged rows -------------------------------------------------------------

    /** Inserts staged rows in JDBC batches; afterwards adds the errors found across rows. */
    private static final class Stager implements AutoCloseable {
        private final Connection c;
        private final long importId;
        private final PreparedStatement insert;
        private int pending;

        Stager(Connection c, long importId) throws SQLException {
            this.c = c;
            this.importId = importId;
            this.insert = c.prepareStatement("INSERT INTO import_row (import_id, sheet, row_no, cells, errors) VALUES (?, ?, ?, ?, ?)");
        }

        void add(ImportSheet sheet, int rowNo, String cells, String errors) {
            try {
                insert.setLong(1, importId);
                insert.setString(2, sheet.name());
                insert.setInt(3, rowNo);
                insert.setString(4, cells);
                insert.setString(5, errors);
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Staging row " + rowNo + " of " + sheet + " failed", e);
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        /** Appends the errors found across rows to those each row already has. */
        void merge(Map<RowKey, List<Rows.CellError>> across) throws SQLException {
            Map<ImportSheet, List<Integer>> bySheet = new LinkedHashMap<>();
            across.keySet().forEach(k -> bySheet.computeIfAbsent(k.sheet(), s -> new ArrayList<>()).add(k.rowNo()));
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE import_row SET errors = ? WHERE import_id = ? AND sheet = ? AND row_no = ?")) {
                for (Map.Entry<ImportSheet, List<Integer>> e : bySheet.entrySet()) {
                    List<Integer> rowNos = e.getValue();
                    for (int i = 0; i < rowNos.size(); i += BATCH) {
                        List<Integer> part = rowNos.subList(i, Math.min(rowNos.size(), i + BATCH));
                        Map<Integer, String> existing = existingErrors(e.getKey(), part);
                        for (int rowNo : part) {
                            List<Rows.CellError> all = new ArrayList<>(RowJson.errors(existing.get(rowNo)));
                            all.addAll(across.get(new RowKey(e.getKey(), rowNo)));
                            update.setString(1, RowJson.errors(all));
                            update.setLong(2, importId);
                            update.setString(3, e.getKey().name());
                            update.setInt(4, rowNo);
                            update.addBatch();
                        }
                        update.executeBatch();
                    }
                }
            }
        }

        private Map<Integer, String> existingErrors(ImportSheet sheet, List<Integer> rowNos) throws SQLException {
            Map<Integer, String> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT row_no, errors FROM import_row WHERE import_id = ?"
                    + " AND sheet = ? AND row_no IN (" + marks(rowNos.size()) + ")")) {
                ps.setLong(1, importId);
                ps.setString(2, sheet.name());
                for (int i = 0; i < rowNos.size(); i++) {
                    ps.setInt(i + 3, rowNos.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getInt(1), rs.getString(2));
                    }
                }
            }
            return found;
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
