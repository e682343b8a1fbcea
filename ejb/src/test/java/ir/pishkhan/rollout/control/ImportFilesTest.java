package ir.pishkhan.rollout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.pishkhan.rollout.entity.ImportSheet;
import ir.pishkhan.shared.error.BusinessException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {

    @TempDir
    Path dir;

    /** A row as the sink received it. */
    record Got(ImportSheet sheet, int rowNo, Map<String, String> cells) {
    }

    List<Got> read(byte[] content, String fileName) throws IOException {
        return read(content, fileName, null);
    }

    List<Got> read(byte[] content, String fileName, String sheet) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), content);
        List<Got> rows = new ArrayList<>();
        ImportFiles.read(file, fileName, sheet, (s, n, cells) -> rows.add(new Got(s, n, cells)));
        return rows;
    }

    static String code(BusinessException e) {
        return e.code();
    }

    @Test
    void aWorkbookIsReadSheetBySheetByPersianNameAndHeaderInAnyOrder() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("راهنما").createRow(0).createCell(0).setCellValue("هر برگه یک نوع اطلاعات است");
            Sheet capacity = book.createSheet("ظرفيت"); // Arabic yeh
            row(capacity, 0, "ظرفیت", "نوع دفتر", "شهرستان");
            row(capacity, 1, "۱۲", "پیشخوان", "كوار");
            row(capacity, 3, "3", "روستایی", "شیراز"); // row 3 (index 2) left blank
            Sheet other = book.createSheet("یادداشت‌ها");
            row(other, 0, "شهرستان", "نوع دفتر", "ظرفیت");
            row(other, 1, "x", "y", "z");
            Sheet licences = book.createSheet("پروانه ها"); // a space for the half-space
            List<String> headers = new ArrayList<>(ImportSheet.LICENCES.columns().stream().map(c -> c.header()).toList());
            java.util.Collections.reverse(headers);
            headers.add("یادداشت");
            row(licences, 0, headers.toArray(String[]::new));
            Row data = licences.createRow(1);
            for (int i = 0; i < headers.size(); i++) {
                data.createCell(i).setCellValue("v" + i);
            }
            // An Excel date cell in a Jalali column, and a number in the national code column.
            int issue = headers.indexOf("تاریخ صدور");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Cell issued = data.getCell(issue);
            issued.setCellValue(java.time.LocalDate.of(2021, 3, 15));
            issued.setCellStyle(date);
            data.getCell(headers.indexOf("کد ملی دارنده")).setCellValue(12345679d);
            book.write(out);
            xlsx = out.toByteArray();
        }
        List<Got> rows = read(xlsx, "fars.xlsx");
        assertEquals(3, rows.size(), rows::toString);
        assertEquals(new Got(ImportSheet.CAPACITY, 2, Map.of("capacity", "۱۲", "officeType", "پیشخوان", "county", "كوار")),
                rows.get(0));
        assertEquals(4, rows.get(1).rowNo());
        Got licence = rows.get(2);
        assertEquals(ImportSheet.LICENCES, licence.sheet());
        assertEquals(2, licence.rowNo());
        assertEquals(ImportSheet.LICENCES.columns().size(), licence.cells().size(), "the unknown column is left out");
        assertEquals("2021-03-15", licence.cells().get("issueDate"), "a date cell reads as its Gregorian day");
        assertEquals("12345679", licence.cells().get("holderNationalCode"));
        assertEquals("v" + (headers().size() - 1), licence.cells().get("number"));
    }

    private static List<String> headers() {
        return ImportSheet.LICENCES.columns().stream().map(c -> c.header()).toList();
    }

    @Test
    void aMissingRequiredColumnRefusesTheFileNamingSheetAndHeader() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = book.createSheet("ظرفیت");
            row(s, 0, "شهرستان", "ظرفیت");
            row(s, 1, "کوار", "3");
            book.write(out);
            xlsx = out.toByteArray();
        }
        BusinessException e = assertThrows(BusinessException.class, () -> read(xlsx, "x.xlsx"));
        assertEquals("IMPORT_COLUMN_MISSING", e.code());
        assertTrue(e.persianMessage().contains("«نوع دفتر»") && e.persianMessage().contains("«ظرفیت»"), e.persianMessage());
    }

    @Test
    void csvWithOrWithoutByteOrderMarkTheSheetFromTheFileName() throws IOException {
        String csv = "نوع دفتر,ظرفیت,شهرستان\r\nپیشخوان,۱۲,كوار\r\n,,\r\n\"روستایی\",\"3\",\"شیراز\"\r\n";
        byte[] plain = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        for (byte[] content : List.of(plain, bom)) {
            List<Got> rows = read(content, "capacity.csv");
            assertEquals(List.of(new Got(ImportSheet.CAPACITY, 2, Map.of("officeType", "پیشخوان", "capacity", "۱۲",
                    "county", "كوار")), new Got(ImportSheet.CAPACITY, 4, Map.of("officeType", "روستایی", "capacity", "3",
                    "county", "شیراز"))), rows);
        }
        assertEquals(2, read(plain, "ظرفيت.csv").size(), "the Persian sheet name, with Arabic yeh");
        assertEquals(2, read(plain, "upload.csv", "ظرفیت").size(), "the sheet named outright");
        assertEquals(2, read(csv.replace(',', ';').getBytes(StandardCharsets.UTF_8), "capacity.csv").size(), "semicolons");
        assertEquals("IMPORT_FILE_EMPTY", assertThrows(BusinessException.class, () -> read(plain, "data.csv")).code());
        assertEquals("IMPORT_SHEET_UNKNOWN", assertThrows(BusinessException.class,
                () -> read(plain, "data.csv", "کارکنان")).code());
    }

    @Test
    void aCsvInAnotherEncodingIsRefusedNotMisread() throws IOException {
        byte[] arabicCodePage = "شهرستان,نوع دفتر,ظرفیت\r\nکوار,پیشخوان,3\r\n".getBytes(Charset.forName("windows-1256"));
        BusinessException e = assertThrows(BusinessException.class, () -> read(arabicCodePage, "capacity.csv"));
        assertEquals("IMPORT_FILE_UNREADABLE", e.code());
        assertTrue(e.persianMessage().contains("UTF-8"));
    }

    @Test
    void aZipOfCsvFilesOneSheetEach() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            z.putNextEntry(new ZipEntry("fars/capacity.csv"));
            z.write("شهرستان,نوع دفتر,ظرفیت\nکوار,پیشخوان,3\n".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("fars/README.txt"));
            z.write("notes".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("__MACOSX/fars/._capacity.csv"));
            z.write(new byte[] {0, 1, 2});
            z.putNextEntry(new ZipEntry("fars/قراردادها.csv"));
            z.write("شماره پروانه,دستگاه,خدمات,تاریخ آغاز\n1398/فارس/1,گاز,انشعاب,1401/01/01\n".getBytes(StandardCharsets.UTF_8));
        }
        List<Got> rows = read(zip.toByteArray(), "fars.zip");
        assertEquals(List.of(ImportSheet.CAPACITY, ImportSheet.CONTRACTS), rows.stream().map(Got::sheet).toList());
        assertEquals("1398/فارس/1", rows.get(1).cells().get("number"));
    }

    @Test
    void theSameSheetTwiceIsRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            for (String name : List.of("capacity.csv", "ظرفیت.csv")) {
                z.putNextEntry(new ZipEntry(name));
                z.write("شهرستان,نوع دفتر,ظرفیت\nکوار,پیشخوان,3\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        assertEquals("IMPORT_SHEET_REPEATED", assertThrows(BusinessException.class, () -> read(zip.toByteArray(), "x.zip")).code());
    }

    @Test
    void unreadableAndEmptyFiles() throws IOException {
        assertEquals("IMPORT_FILE_UNREADABLE", assertThrows(BusinessException.class,
                () -> read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "old.xls")).code());
        assertEquals("IMPORT_FILE_UNREADABLE", assertThrows(BusinessException.class,
                () -> read("not a workbook".getBytes(StandardCharsets.UTF_8), "book.xlsx")).code());
        assertEquals("IMPORT_FILE_UNREADABLE", assertThrows(BusinessException.class,
                () -> read(new byte[] {'P', 'K', 3, 4, 9, 9, 9}, "book.xlsx")).code());
        byte[] guideOnly;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("راهنما").createRow(0).createCell(0).setCellValue("راهنما");
            Sheet s = book.createSheet("ظرفیت");
            row(s, 0, "شهرستان", "نوع دفتر", "ظرفیت");
            book.write(out);
            guideOnly = out.toByteArray();
        }
        assertEquals("IMPORT_FILE_EMPTY", assertThrows(BusinessException.class, () -> read(guideOnly, "x.xlsx")).code());
    }

    @Test
    void spoolingCountsHashesAndStopsPastTheLimit() throws IOException {
        byte[] content = "abc".getBytes(StandardCharsets.UTF_8);
        ImportFiles.Spooled s = ImportFiles.spool(new ByteArrayInputStream(content), dir.resolve("a"), 3);
        assertEquals(3, s.size());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", s.sha256());
        BusinessException e = assertThrows(BusinessException.class,
                () -> ImportFiles.spool(new ByteArrayInputStream(content), dir.resolve("b"), 2));
        assertEquals("IMPORT_FILE_TOO_LARGE", e.code());
        assertEquals(413, e.kind().httpStatus());
    }

    @Test
    void sheetNames() {
        assertEquals(ImportSheet.LICENCES, ImportFiles.sheetNamed("پروانه‌ها").orElseThrow());
        assertEquals(ImportSheet.LICENCES, ImportFiles.sheetNamed("Licenses").orElseThrow());
        assertEquals(ImportSheet.WAITLIST, ImportFiles.sheetNamed("صف  انتظار").orElseThrow());
        assertEquals(ImportSheet.ACCOUNTS, ImportFiles.sheetNamed("ACCOUNTS").orElseThrow());
        assertTrue(ImportFiles.sheetNamed("راهنما").isEmpty());
    }

    static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** Keeps the map's order for readable failures. */
    static Map<String, String> ordered(Map<String, String> m) {
        return new LinkedHashMap<>(m);
    }
}
