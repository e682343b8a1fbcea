package ir.pishkhan.it.rollout;

import static ir.pishkhan.it.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Database;
import ir.pishkhan.it.support.Fixtures;
import ir.pishkhan.it.support.RolloutWorkbooks;
import ir.pishkhan.it.support.RolloutWorkbooks.Fault;
import ir.pishkhan.it.support.RolloutWorkbooks.Faulty;
import ir.pishkhan.rollout.entity.ImportColumn;
import ir.pishkhan.rollout.entity.ImportSheet;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roll-out's dry run, as a province administrator meets it: the template; a generated Fars
 * workbook of 2,000 licences with contracts, a waitlist in the full counties and 50 accounts, with
 * five faults at chosen rows — the verdict names exactly those cells, the error workbook marks
 * exactly those rows, and nothing reached the register; the corrected file checks clean; the same
 * data as a zip of CSV files gives the same verdict; the checks against the register; a file over
 * the limit and a caller who is not an administrator are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportDryRunIT {

    static final Api ADMIN = Api.as("admin", Api.DEMO_PASSWORD);
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static long fars;
    static RolloutWorkbooks.Data data;

    @BeforeAll
    static void generate() throws SQLException {
        fars = Fixtures.provinceId("IR-07");
        List<RolloutWorkbooks.County> counties = Api.anonymous().get("/api/provinces/" + fars + "/counties").array().stream()
                .map(v -> (JsonObject) v)
                .map(c -> new RolloutWorkbooks.County(c.getJsonNumber("id").longValue(), c.getString("nameFa"))).toList();
        // The first seed whose licence numbers and usernames are all new to the register: the suite's
        // other tests (a commit among them) share this database.
        for (long seed = 1404; data == null; seed++) {
            RolloutWorkbooks.Data candidate = RolloutWorkbooks.generate(new RolloutWorkbooks.Spec("فارس", counties)
                    .seed(seed).licences(2000).accounts(50)
                    .fault(Fault.BAD_NATIONAL_CODE, 17)
                    .fault(Fault.GREGORIAN_DATE, 250)
                    .fault(Fault.DUPLICATE_NUMBER, 611)
                    .fault(Fault.UNKNOWN_COUNTY, 1203)
                    .fault(Fault.EMPTY_REQUIRED, 1999 - 1));
            if (unknownToTheRegister(candidate)) {
                data = candidate;
            }
        }
    }

    @Test
    void theTemplateHasEverySheetWithItsHeadersAndTheGuide() throws IOException {
        byte[] template = ADMIN.download("/api/imports/template");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertTrue(book.getSheet("راهنما") != null, "the guide");
            for (ImportSheet kind : ImportSheet.values()) {
                Sheet sheet = book.getSheet(kind.persianName());
                assertTrue(sheet != null && sheet.isRightToLeft(), kind.persianName());
                List<String> headers = new ArrayList<>();
                sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
                assertEquals(kind.columns().stream().map(ImportColumn::header).toList(), headers);
                assertTrue(sheet.getRow(1) != null, "an example row in " + kind.persianName());
            }
        }
    }

    @Test
    void theDryRunNamesExactlyTheFaultyCellsAndChangesNothingInTheRegister() throws Exception {
        Map<String, Long> before = registerCounts();
        long lastSeq = lastAuditSeq();

        JsonObject checked = upload(data.xlsx(), "fars-roll-out.xlsx", XLSX);
        assertEquals("HAS_ERRORS", checked.getString("status"));
        assertEquals(fars, checked.getJsonNumber("provinceId").longValue());
        int rows = 0;
        for (ImportSheet s : ImportSheet.values()) {
            rows += data.rows(s);
        }
        assertEquals(rows, checked.getInt("rowsTotal"));
        assertEquals(faultyRows(data.faults()).size(), checked.getInt("errorRows"));
        assertEquals(64, checked.getString("fileSha256").length());
        long id = checked.getJsonNumber("id").longValue();
        assertEquals(data.faults(), reportedCells(id));

        // The error workbook: the same sheets, the column «خطا» filled on exactly the faulty rows, in light red.
        byte[] errorWorkbook = ADMIN.download("/api/imports/" + id + "/error-workbook");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(errorWorkbook))) {
            Set<String> marked = new TreeSet<>();
            for (ImportSheet kind : ImportSheet.values()) {
                Sheet sheet = book.getSheet(kind.persianName());
                int errorColumn = kind.columns().size();
                assertEquals("خطا", sheet.getRow(0).getCell(errorColumn).getStringCellValue());
                for (Row row : sheet) {
                    Cell error = row.getCell(errorColumn);
                    if (row.getRowNum() > 0 && error != null && !error.getStringCellValue().isBlank()) {
                        marked.add(kind + "/" + (row.getRowNum() + 1));
                        byte[] fill = ((XSSFCellStyle) error.getCellStyle()).getFillForegroundXSSFColor().getRGB();
                        assertEquals(0xFF, fill[0] & 0xFF, "light red");
                    }
                }
                assertEquals(data.rows(kind), sheet.getLastRowNum(), "every row, at its own number: " + kind);
            }
            assertEquals(faultyRows(data.faults()), marked);
        }

        // Nothing reached the register, and the trail only gained the check itself.
        assertEquals(before, registerCounts());
        List<String> trail = auditSince(lastSeq);
        assertEquals(List.of("IMPORT_CHECKED Import " + id), trail);

        // Uploaded again as it is, the error workbook reads like the file it came from: same cells at fault.
        JsonObject again = upload(errorWorkbook, "import-" + id + "-errors.xlsx", XLSX);
        assertEquals(data.faults(), reportedCells(again.getJsonNumber("id").longValue()));
        assertEquals(rows, again.getInt("rowsTotal"));
    }

    @Test
    void theCorrectedFileChecksClean() {
        JsonObject checked = upload(data.xlsx(false), "fars-corrected.xlsx", XLSX);
        assertEquals("CHECKED", checked.getString("status"), () -> reportedCells(checked.getJsonNumber("id").longValue()).toString());
        assertEquals(0, checked.getInt("errorRows"));
        JsonObject errors = ADMIN.get("/api/imports/" + checked.getJsonNumber("id") + "/errors").json();
        assertEquals(0, errors.getInt("total"));
        // The province's imports list it first.
        JsonObject newest = ADMIN.get("/api/imports?province=" + fars).array().getJsonObject(0);
        assertEquals(checked.getJsonNumber("id"), newest.getJsonNumber("id"));
    }

    @Test
    void theSameDataAsAZipOfCsvFilesGivesTheSameVerdict() {
        JsonObject checked = upload(data.csvZip(true), "fars-roll-out.zip", "application/zip");
        assertEquals("HAS_ERRORS", checked.getString("status"));
        assertEquals(data.faults(), reportedCells(checked.getJsonNumber("id").longValue()));
    }

    @Test
    void checksAcrossTheFileAndAgainstTheRegister() throws SQLException {
        RolloutWorkbooks.Standing free = RolloutWorkbooks.Standing.FREE;
        long freeCounty = data.standings().entrySet().stream().filter(e -> e.getValue() == free).findFirst().orElseThrow().getKey();
        String countyFa = Api.anonymous().get("/api/provinces/" + fars + "/counties").array().stream()
                .map(v -> (JsonObject) v).filter(c -> c.getJsonNumber("id").longValue() == freeCounty).findFirst()
                .orElseThrow().getString("nameFa");
        String registered = aRegisteredNumberOutside(fars);
        StringBuilder capacity = new StringBuilder("شهرستان,نوع دفتر,ظرفیت\n").append(countyFa).append(",پیشخوان,100000\n");
        String waitlist = "شهرستان,نوع دفتر,تاریخ درخواست,کد ملی,نام,نام خانوادگی,تلفن,مدرک تحصیلی,محل پیشنهادی\n"
                + countyFa + ",پیشخوان,1402/01/01,0012345679,زهرا,احمدی,09171234567,دیپلم,مرکز\n";
        String contracts = "شماره پروانه,دستگاه,خدمات,تاریخ آغاز\n"
                + "1399/فارس/9999999,گاز,انشعاب,1401/01/01\n"
                + registered + ",برق,انشعاب,1401/01/01\n";
        String accounts = "نام کاربری,نام و نام خانوادگی,نقش,شهرستان\n"
                + "admin,مدیر,مسئول استان,\n"
                + "r.twice." + Api.unique() + ",نام یک,بازرس,\n";
        accounts += accounts.substring(accounts.lastIndexOf("r.twice.")).replace("نام یک", "نام دو");
        String licences = String.join(",", ImportSheet.LICENCES.columns().stream().map(ImportColumn::header).toList()) + "\n"
                + inAnotherCounty(fars, freeCounty) + "," + countyFa + ",پیشخوان,دفتر یک,خیابان یک,مرکز,0012345679,علی,رضایی,09171234567,دیپلم,"
                + "1400/01/01,1405/01/01,فعال,,\n";
        byte[] zip = zip(Map.of("capacity.csv", capacity.toString(), "waitlist.csv", waitlist, "contracts.csv", contracts,
                "accounts.csv", accounts, "licences.csv", licences));
        JsonObject checked = upload(zip, "register-checks.zip", "application/zip");
        List<String> errors = new ArrayList<>();
        for (JsonValue v : ADMIN.get("/api/imports/" + checked.getJsonNumber("id") + "/errors?limit=500").json().getJsonArray("errors")) {
            JsonObject e = (JsonObject) v;
            errors.add(e.getString("sheet") + "/" + e.getInt("row") + "/" + e.getString("column") + " " + e.getString("message"));
        }
        // In order: sheets as committed, then rows, then a row's own checks before those across the file.
        List<String> expected = List.of(
                "LICENCES/2/number شماره پروانه: «", // the demo's number names its own county (Kavar or Shiraz)
                "LICENCES/2/number شماره پروانه: این شماره در سامانه برای پروانهٔ «",
                "CONTRACTS/2/number شماره پروانه: پروانه‌ای با شمارهٔ «1399/فارس/9999999» نه در",
                "CONTRACTS/3/number شماره پروانه: پروانهٔ «" + registered + "» از آنِ دفتری در استان «اردبیل»",
                "WAITLIST/2/county شهرستان: این شهرستان ظرفیت خالی دارد",
                "ACCOUNTS/2/username نام کاربری: نام کاربری «admin» از آنِ یک حساب کشوری",
                "ACCOUNTS/3/displayName نام و نام خانوادگی: برای نام کاربری",
                "ACCOUNTS/4/displayName نام و نام خانوادگی: برای نام کاربری");
        assertEquals(expected.size(), errors.size(), errors::toString);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(errors.get(i).startsWith(expected.get(i)), i + ": " + errors);
        }
    }

    @Test
    void aSheetWithoutARequiredColumnIsRefusedForTheWholeFile() {
        byte[] csv = "شهرستان,ظرفیت\nکوار,3\n".getBytes(StandardCharsets.UTF_8);
        Api.Answer refused = ADMIN.upload("/api/imports?province=" + fars + "&fileName=capacity.csv", "text/csv", csv);
        assertProblem(refused, 400, "IMPORT_COLUMN_MISSING");
        assertTrue(refused.json().getString("detailFa").contains("«نوع دفتر»"), refused::toString);
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        // Default limit 15 MB: one byte more reaches the use case and is refused with its own code...
        byte[] over = new byte[15 * 1024 * 1024 + 1];
        assertProblem(ADMIN.upload("/api/imports?province=" + fars + "&fileName=big.xlsx", XLSX, over), 413,
                "IMPORT_FILE_TOO_LARGE");
        // ...and far more is refused at the door, before anything reads it.
        byte[] huge = new byte[17 * 1024 * 1024];
        assertProblem(ADMIN.upload("/api/imports?province=" + fars + "&fileName=big.xlsx", XLSX, huge), 413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    void onlyAdministratorsCheckFiles() {
        Api clerk = Fixtures.login(Fixtures.user("imp.clerk", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-07", "Kavar")));
        Api official = Fixtures.login(Fixtures.user("imp.official", "PROVINCE_OFFICIAL", "PROVINCE", fars));
        for (Api caller : List.of(clerk, official)) {
            assertProblem(caller.upload("/api/imports?province=" + fars + "&fileName=fars.xlsx", XLSX, data.xlsx(false)), 403,
                    "ACCESS_DENIED");
            assertProblem(caller.get("/api/imports/template"), 403, "ACCESS_DENIED");
            assertProblem(caller.get("/api/imports?province=" + fars), 403, "ACCESS_DENIED");
        }
        assertProblem(Api.anonymous().get("/api/imports/template"), 401, "AUTHENTICATION_REQUIRED");
    }

    // --- Helpers -------------------------------------------------------------------------------

    static JsonObject upload(byte[] content, String fileName, String type) {
        Api.Answer answer = ADMIN.upload("/api/imports?province=" + fars + "&fileName="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8), type, content);
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    /** Every error the API reports for an import, as (sheet, row, column), read page by page. */
    static Set<Faulty> reportedCells(long id) {
        Set<Faulty> cells = new TreeSet<>();
        int offset = 0;
        while (true) {
            JsonObject page = ADMIN.get("/api/imports/" + id + "/errors?offset=" + offset + "&limit=200").json();
            for (JsonValue v : page.getJsonArray("errors")) {
                JsonObject e = (JsonObject) v;
                cells.add(new Faulty(ImportSheet.valueOf(e.getString("sheet")), e.getInt("row"), e.getString("column")));
            }
            offset += page.getJsonArray("errors").size();
            if (offset >= page.getInt("total") || page.getJsonArray("errors").isEmpty()) {
                return cells;
            }
        }
    }

    static Set<String> faultyRows(Set<Faulty> cells) {
        Set<String> rows = new TreeSet<>();
        cells.forEach(c -> rows.add(c.sheet() + "/" + c.row()));
        return rows;
    }

    static byte[] zip(Map<String, String> files) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(f.getKey()));
                z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static boolean unknownToTheRegister(RolloutWorkbooks.Data candidate) throws SQLException {
        try (Connection c = Database.connect()) {
            return none(c, "SELECT COUNT(*) FROM license WHERE number = ?", candidate.licenceNumbers())
                    && none(c, "SELECT COUNT(*) FROM user_account WHERE username = ?", new ArrayList<>(candidate.usernames()));
        }
    }

    private static boolean none(Connection c, String sql, List<String> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String v : values) {
                ps.setString(1, v);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static Map<String, Long> registerCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = Database.connect()) {
            for (String table : List.of("license", "applicant", "application", "service_contract", "capacity_book",
                    "user_account", "role_grant")) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    static long lastAuditSeq() throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM audit_record");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The audit records since a sequence number, as "ACTION Type id"; scheduled checks (actor system) aside. */
    static List<String> auditSince(long seq) throws SQLException {
        List<String> records = new ArrayList<>();
        try (Connection c = Database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT action, object_type, object_id FROM audit_record"
                     + " WHERE seq > ? AND actor <> 'system' ORDER BY seq")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return records;
    }

    /** A licence number of the register in the province, in another county than the one given (the demo's Kavar and Shiraz). */
    static String inAnotherCounty(long provinceId, long countyId) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT l.number FROM license l JOIN county c ON c.id = l.county_id"
                     + " WHERE c.province_id = ? AND c.id <> ? ORDER BY l.id LIMIT 1")) {
            ps.setLong(1, provinceId);
            ps.setLong(2, countyId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the demo's licences of Fars");
                return rs.getString(1);
            }
        }
    }

    /** A licence number of the register outside the province (the demo's Ardabil licences, or any other). */
    static String aRegisteredNumberOutside(long provinceId) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT l.number FROM license l JOIN county c ON c.id = l.county_id"
                     + " WHERE c.province_id <> ? ORDER BY l.id LIMIT 1")) {
            ps.setLong(1, provinceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            }
        }
        // No licence outside Fars yet: issue one in a new Ardabil county through the API.
        long ardabil = Fixtures.provinceId("IR-24");
        Api.Answer county = Api.admin().post("/api/counties", Api.json("provinceId", ardabil,
                "nameFa", "شهرستان ورود " + Api.unique(), "nameEn", "Import " + Api.unique(), "reason", "test"));
        assertEquals(201, county.status(), county::toString);
        long countyId = Fixtures.id(county.json());
        Fixtures.setCapacity(Fixtures.login(Fixtures.user("imp.aofficial", "PROVINCE_OFFICIAL", "PROVINCE", ardabil)),
                countyId, "GOVERNMENT_COUNTER", 1);
        Api clerk = Fixtures.login(Fixtures.user("imp.aclerk", "POST_CLERK", "COUNTY", countyId));
        Api.Answer issued = clerk.post("/api/licenses/direct", Fixtures.directLicense(
                Fixtures.application(countyId, "GOVERNMENT_COUNTER", "واردشونده"), Fixtures.office("دفتر")));
        assertEquals(201, issued.status(), issued::toString);
        return issued.json().getString("number");
    }
}
