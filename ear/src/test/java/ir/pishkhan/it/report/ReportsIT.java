package ir.pishkhan.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.it.support.Api;
import ir.pishkhan.it.support.Checks;
import ir.pishkhan.it.support.Fixtures;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dashboard figures on a county built for the test: capacity and saturation with the waitlist,
 * workload (renewals due, open and late items), deadline compliance, violations by month; each
 * within the caller's reach; and the CSV and Excel exports with Persian headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    static long countyId;
    static String countyFa;
    static Api clerk;
    static Api official;
    static LocalDate today;

    @BeforeAll
    static void county() {
        today = LocalDate.now(java.time.ZoneId.of("Asia/Tehran"));
        countyId = Fixtures.newFarsCounty("شهرستان گزارش", "Reports");
        countyFa = Checks.value("SELECT name_fa FROM county WHERE id = ?", countyId);
        official = Fixtures.login(Fixtures.user("rp.official", "PROVINCE_OFFICIAL", "PROVINCE", Fixtures.provinceId("IR-07")));
        Fixtures.setCapacity(official, countyId, "GOVERNMENT_COUNTER", 2);
        clerk = Fixtures.login(Fixtures.user("rp.clerk", "POST_CLERK", "COUNTY", countyId));
        long[] licences = new long[2];
        for (int i = 0; i < 2; i++) {
            Api.Answer a = clerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(countyId,
                    "GOVERNMENT_COUNTER", "گزارش"), Fixtures.office("دفتر گزارش " + Api.unique())));
            assertEquals(201, a.status(), a::toString);
            licences[i] = a.json().getJsonNumber("id").longValue();
        }
        assertEquals(201, clerk.post("/api/applications", Fixtures.application(countyId, "GOVERNMENT_COUNTER", "منتظر")).status());
        // Renewal due in 30 days; one complaint answered in time, one late; one report waiting for screening.
        Checks.update("UPDATE license SET expiry_date = ? WHERE id = ?", today.plusDays(30), licences[0]);
        Checks.update("INSERT INTO complaint (tracking_code, license_id, county_id, body, filed_at, due_on, status, answer, answered_at)"
                + " VALUES (?, ?, ?, 'شکایت', NOW(6), ?, 'REJECTED', 'پاسخ', ?)", "R" + Api.unique(), licences[0], countyId,
                today, today.minusDays(1).atTime(10, 0));
        Checks.update("INSERT INTO complaint (tracking_code, license_id, county_id, body, filed_at, due_on, status)"
                + " VALUES (?, ?, ?, 'شکایت', NOW(6), ?, 'FILED')", "L" + Api.unique(), licences[1], countyId, today.minusDays(1));
        Checks.update("INSERT INTO violation_report (county_id, license_id, category_code, source, description, reported_by,"
                + " reported_at, response_due, status) VALUES (?, ?, 'MANAGER_ABSENT', 'AGENCY', 'گزارش', 'it', NOW(6), ?,"
                + " 'REPORTED')", countyId, licences[1], today.plusDays(2));
    }

    private static JsonObject row(JsonArray rows) {
        return rows.stream().map(v -> (JsonObject) v).filter(r -> r.getJsonNumber("countyId").longValue() == countyId)
                .findFirst().orElseThrow(() -> new AssertionError("no row for the county in " + rows));
    }

    @Test
    void aClerkSeesTheirCountyOnlyWithExactFigures() {
        JsonArray capacity = clerk.get("/api/reports/capacity").array();
        assertEquals(1, capacity.size(), capacity::toString);
        JsonObject c = row(capacity);
        assertEquals(2, c.getInt("capacity"));
        assertEquals(2, c.getInt("occupied"));
        assertEquals(0, c.getInt("free"));
        assertEquals(1, c.getInt("waiting"));
        assertTrue(c.getBoolean("saturated"));

        JsonObject w = row(clerk.get("/api/reports/workload").array());
        assertEquals(1, w.getInt("renewalsDue"));
        assertEquals(1, w.getInt("openReports"));
        assertEquals(1, w.getInt("openComplaints"));
        assertEquals(1, w.getInt("lateItems"), "the complaint past its due date");

        JsonObject k = row(clerk.get("/api/reports/deadline-compliance").array());
        assertEquals(2, k.getInt("complaintsDue"));
        assertEquals(1, k.getInt("complaintsOnTime"));
        assertEquals(0, k.getInt("reportsDue"), "the report's deadline has not come");

        JsonArray violations = clerk.get("/api/reports/violations").array();
        assertTrue(violations.stream().map(v -> (JsonObject) v).anyMatch(v -> v.getString("categoryFa").equals("حضور نداشتن مدیر دفتر")
                && v.getInt("count") >= 1), violations::toString);
    }

    @Test
    void theProvinceSeesItsCountiesAndNoOtherProvince() {
        JsonArray capacity = official.get("/api/reports/capacity").array();
        row(capacity);
        assertTrue(capacity.stream().map(v -> (JsonObject) v).allMatch(r -> r.getString("provinceFa").equals("فارس")), capacity::toString);
        Api ardabilClerk = Fixtures.login(Fixtures.user("rp.other", "POST_CLERK", "COUNTY", Fixtures.countyId("IR-24", "Ardabil")));
        assertTrue(ardabilClerk.get("/api/reports/capacity").array().stream().map(v -> (JsonObject) v)
                .noneMatch(r -> r.getJsonNumber("countyId").longValue() == countyId));
        assertEquals(403, Api.as("kavar.office1", Api.DEMO_PASSWORD).get("/api/reports/capacity").status(),
                "an office manager has no dashboard of counties");
    }

    @Test
    void tablesExportToCsvAndExcelWithPersianHeaders() throws Exception {
        byte[] csv = clerk.download("/api/reports/capacity/export?format=csv");
        assertEquals((byte) 0xEF, csv[0], "UTF-8 byte-order mark");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("استان,شهرستان,نوع دفتر,ظرفیت,اشغال,آزاد,در صف انتظار,اشباع", lines.get(0));
        assertTrue(lines.get(1).startsWith("فارس," + countyFa + ",") && lines.get(1).endsWith(",2,2,0,1,بله"), lines.get(1));

        byte[] xlsx = official.download("/api/reports/compliance/export?format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertTrue(sheet.isRightToLeft());
            assertEquals("شهرستان", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("پاسخ به‌موقع", sheet.getRow(0).getCell(4).getStringCellValue());
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals(countyFa)) {
                    assertEquals(2.0, sheet.getRow(r).getCell(3).getNumericCellValue());
                    assertEquals(1.0, sheet.getRow(r).getCell(4).getNumericCellValue());
                    found = true;
                }
            }
            assertTrue(found, "the county's row is in the workbook");
        }
        assertEquals(404, clerk.get("/api/reports/nothing/export").status());
    }

    /**
     * The desk of each role on a county of its own: exact figures for the clerk; the sessions
     * ahead and what is overdue for the working group; the case awaiting the province; the
     * audited activity for auditors, matching the audit trail within each auditor's province.
     */
    @Test
    void eachRoleSeesItsDesk() throws Exception {
        LocalDate day = Checks.serverToday();
        long county = Fixtures.newFarsCounty("شهرستان میز کار", "Desk");
        String deskCounty = Checks.value("SELECT name_fa FROM county WHERE id = ?", county);
        Fixtures.setCapacity(official, county, "GOVERNMENT_COUNTER", 2);
        Api deskClerk = Fixtures.login(Fixtures.user("rp.desk", "POST_CLERK", "COUNTY", county));
        long[] l = new long[2];
        for (int i = 0; i < 2; i++) {
            Api.Answer a = deskClerk.post("/api/licenses/direct", Fixtures.directLicense(Fixtures.application(county,
                    "GOVERNMENT_COUNTER", "میز"), Fixtures.office("دفتر میز کار " + Api.unique())));
            assertEquals(201, a.status(), a::toString);
            l[i] = a.json().getJsonNumber("id").longValue();
        }
        String lateNumber = Checks.value("SELECT number FROM license WHERE id = ?", l[0]);
        // Late: a report not screened, a complaint not answered, a revocation case not decided.
        String report = "INSERT INTO violation_report (county_id, license_id, category_code, source, description, reported_by,"
                + " reported_at, response_due, status, defence_due, decided_on) VALUES (?, ?, 'MANAGER_ABSENT', 'AGENCY', 'میز',"
                + " 'it', NOW(6), ?, ?, ?, ?)";
        Checks.update(report, county, l[0], day.minusDays(3), "REPORTED", null, null);
        Checks.update(report, county, l[1], day.minusDays(9), "NOTICE_SENT", day.minusDays(1), null);
        Checks.update(report, county, l[1], day.minusDays(30), "DECIDED", null, day.minusDays(20));
        long decided = Checks.number("SELECT MAX(id) FROM violation_report WHERE county_id = ?", county);
        Checks.update("INSERT INTO revocation_case (report_id, license_id, county_id, status, opened_at, due_on)"
                + " VALUES (?, ?, ?, 'OPEN', NOW(6), ?)", decided, l[1], county, day.minusDays(2));
        Checks.update("INSERT INTO complaint (tracking_code, license_id, county_id, body, filed_at, due_on, status)"
                + " VALUES (?, ?, ?, 'شکایت', NOW(6), ?, 'FILED')", "D" + Api.unique(), l[0], county, day.minusDays(5));

        JsonObject desk = deskClerk.get("/api/reports/desk").json();
        assertEquals(1, desk.getInt("counties"));
        assertEquals(2, desk.getInt("capacity"));
        assertEquals(2, desk.getInt("occupied"));
        assertEquals(0, desk.getInt("free"));
        assertEquals(1, desk.getInt("saturatedBooks"));
        assertEquals(2, desk.getInt("openReports"), "reported and noticed; the decided one is closed");
        assertEquals(1, desk.getInt("openComplaints"));
        assertEquals(3, desk.getInt("lateItems"), desk::toString);
        assertEquals(1, desk.getInt("readyForAgenda"), "defence period over, on no agenda");
        assertEquals(1, desk.getInt("casesAwaiting"));

        JsonArray overdue = deskClerk.get("/api/reports/overdue").array();
        assertEquals(List.of("COMPLAINT", "REPORT", "CASE"), overdue.stream().map(v -> ((JsonObject) v).getString("kind")).toList(),
                "the longest overdue first: " + overdue);
        JsonObject complaint = overdue.getJsonObject(0);
        assertEquals(5, complaint.getInt("daysLate"));
        assertEquals(lateNumber, complaint.getString("licenseNumber"));

        Api secretary = Fixtures.login(Fixtures.user("rp.wgs", "WG_SECRETARY", "COUNTY", county));
        Api.Answer session = secretary.post("/api/wg-sessions", Api.json("countyId", county, "date", day.plusDays(3).toString(),
                "time", "09:30", "place", "سالن میز کار"));
        assertEquals(201, session.status(), session::toString);
        long sessionId = session.json().getJsonNumber("id").longValue();
        Checks.update("UPDATE violation_report SET session_id = ?, status = 'ON_AGENDA' WHERE license_id = ? AND status = 'NOTICE_SENT'",
                sessionId, l[1]);
        JsonArray sessions = secretary.get("/api/reports/sessions").array();
        assertEquals(1, sessions.size(), sessions::toString);
        assertEquals(sessionId, sessions.getJsonObject(0).getJsonNumber("sessionId").longValue());
        assertEquals(1, sessions.getJsonObject(0).getInt("items"));
        assertEquals(0, secretary.get("/api/reports/desk").json().getInt("readyForAgenda"), "now on the agenda");

        JsonArray cases = official.get("/api/reports/revocations").array();
        JsonObject awaiting = cases.stream().map(v -> (JsonObject) v).filter(c -> c.getString("countyFa").equals(deskCounty))
                .findFirst().orElseThrow(() -> new AssertionError("the case is not on the province's desk: " + cases));
        assertTrue(awaiting.getBoolean("overdue"));
        assertTrue(cases.stream().map(v -> (JsonObject) v).noneMatch(c -> c.getString("countyFa").equals(deskCounty)
                && !c.getString("statusFa").equals("در انتظار تصمیم استان")));
        Api ardabilOfficial = Fixtures.login(Fixtures.user("rp.ardofficial", "PROVINCE_OFFICIAL", "PROVINCE", Fixtures.provinceId("IR-24")));
        assertTrue(ardabilOfficial.get("/api/reports/revocations").array().stream().map(v -> (JsonObject) v)
                .noneMatch(c -> c.getString("countyFa").equals(deskCounty)), "another province does not see it");

        // Audit activity: what the trail holds for the auditor's province, nothing else; not for clerks.
        assertEquals(403, deskClerk.get("/api/reports/audit-activity").status());
        long fars = Fixtures.provinceId("IR-07");
        Api farsAuditor = Fixtures.login(Fixtures.user("rp.auditor", "AUDITOR", "PROVINCE", fars));
        JsonArray activity = farsAuditor.get("/api/reports/audit-activity?days=30").array();
        List<JsonObject> issued = activity.stream().map(v -> (JsonObject) v)
                .filter(a -> a.getString("action").equals("LICENSE_ISSUED")).toList();
        assertTrue(!issued.isEmpty(), "this test issued two licences in Fars: " + activity);
        // Each kind of change carries its Persian name beside its code.
        assertTrue(issued.stream().allMatch(a -> a.getString("actionFa").equals("صدور پروانه")), issued::toString);
        assertTrue(activity.stream().map(v -> ((JsonObject) v).getString("actionFa")).noneMatch(n -> n.matches(".*[A-Za-z].*")),
                "every kind recorded has a Persian name: " + activity);
        for (JsonObject a : issued) {
            // A day is Tehran's: from its midnight to the next, as stored in UTC.
            LocalDate activityDay = LocalDate.parse(a.getString("day"));
            java.time.ZoneId tehran = java.time.ZoneId.of("Asia/Tehran");
            assertEquals(Checks.number("SELECT COUNT(*) FROM audit_record WHERE action = 'LICENSE_ISSUED' AND province_id = ?"
                    + " AND occurred_at >= ? AND occurred_at < ?", fars,
                    java.time.LocalDateTime.ofInstant(activityDay.atStartOfDay(tehran).toInstant(), java.time.ZoneOffset.UTC),
                    java.time.LocalDateTime.ofInstant(activityDay.plusDays(1).atStartOfDay(tehran).toInstant(), java.time.ZoneOffset.UTC)),
                    a.getJsonNumber("count").longValue(), "the day's figure is what the trail holds for Fars: " + a);
        }
        long sumFars = activity.stream().mapToLong(a -> ((JsonObject) a).getJsonNumber("count").longValue()).sum();
        long sumAll = Fixtures.login(Fixtures.user("rp.natauditor", "AUDITOR", "NATIONAL", null))
                .get("/api/reports/audit-activity?days=30").array().stream()
                .mapToLong(a -> ((JsonObject) a).getJsonNumber("count").longValue()).sum();
        assertTrue(sumAll > sumFars, "the national auditor sees every province, the Fars auditor only Fars");

        byte[] xlsx = deskClerk.download("/api/reports/overdue/export?format=xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("روز تأخیر", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum(), "three overdue items");
            assertEquals("شکایت بی‌پاسخ", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(5.0, sheet.getRow(1).getCell(5).getNumericCellValue());
            assertTrue(sheet.getRow(1).getCell(4).getStringCellValue().matches("[۰-۹]{4}/[۰-۹]{2}/[۰-۹]{2}"),
                    "Jalali due date: " + sheet.getRow(1).getCell(4));
        }
    }
}
