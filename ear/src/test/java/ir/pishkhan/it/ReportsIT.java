package ir.pishkhan.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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

    @Deployment(testable = false)
    static EnterpriseArchive app() {
        return Deployments.application();
    }

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
            Api.Answer a = clerk.post("/api/licenses/direct", "{\"application\":" + Fixtures.application(countyId,
                    "GOVERNMENT_COUNTER", "گزارش") + ",\"office\":" + Fixtures.office("دفتر گزارش " + Api.unique()) + "}");
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
}
