package ir.pishkhan.rollout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.rollout.entity.ImportColumn;
import ir.pishkhan.rollout.entity.ImportSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbooksTest {

    @TempDir
    Path dir;

    @Test
    void theTemplateHasTheGuideAndEverySheetRightToLeftWithItsHeaders() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.template(out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("راهنما", "ظرفیت", "پروانه‌ها", "قراردادها", "صف انتظار", "کاربران"), names);
            for (ImportSheet kind : ImportSheet.values()) {
                Sheet s = book.getSheet(kind.persianName());
                assertTrue(s.isRightToLeft(), kind.name());
                Row header = s.getRow(0);
                List<ImportColumn> columns = kind.columns();
                for (int c = 0; c < columns.size(); c++) {
                    assertEquals(columns.get(c).header(), header.getCell(c).getStringCellValue());
                }
            }
            // The guide explains every column of every sheet.
            Sheet guide = book.getSheet("راهنما");
            long explained = 0;
            for (Row r : guide) {
                if (r.getCell(1) != null && r.getCell(3) != null && !r.getCell(3).getStringCellValue().isEmpty()) {
                    explained++;
                }
            }
            long columns = java.util.Arrays.stream(ImportSheet.values()).mapToLong(k -> k.columns().size()).sum();
            assertEquals(columns + 1, explained, "one row per column, and the table's header");
        }
    }

    /** The examples must themselves be valid rows, or the template teaches mistakes. */
    @Test
    void theTemplatesExampleRowsReadBackAndPassTheirChecks() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.template(out);
        Path file = Files.write(dir.resolve("template.xlsx"), out.toByteArray());
        Map<ImportSheet, Rows.Staged> rows = new EnumMap<>(ImportSheet.class);
        Map<ImportSheet, Integer> counts = ImportFiles.read(file, "template.xlsx", null,
                (sheet, rowNo, cells) -> rows.put(sheet, new Rows.Staged(sheet, rowNo, cells)));
        assertEquals(ImportSheet.values().length, rows.size());
        counts.values().forEach(n -> assertEquals(1, n));
        for (Rows.Staged row : rows.values()) {
            assertEquals(2, row.rowNo());
            Rows.Checked checked = RowChecks.check(row, RowChecksTest.FARS, RowChecksTest.TODAY);
            assertTrue(checked.valid(), row.sheet() + ": " + checked.errors());
        }
    }
}
