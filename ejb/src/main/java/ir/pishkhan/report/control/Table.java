package ir.pishkhan.report.control;

import ir.pishkhan.shared.jalali.JalaliDates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report table as people export it: a Persian title, Persian column headers and rows of
 * text, numbers and dates. Dates are written as Jalali text (۱۴۰۵/۰۸/۱۵); numbers stay numbers
 * so a spreadsheet can sum them.
 */
public record Table(String name, String titleFa, List<String> headersFa, List<List<Object>> rows) {

    /** CSV in UTF-8 with a byte-order mark, so spreadsheet programs show the Persian text. */
    public byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(headersFa.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(Table::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An Excel workbook with one right-to-left sheet, a bold header row and the title as sheet name. */
    public byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(titleFa.length() > 31 ? titleFa.substring(0, 31) : titleFa);
            sheet.setRightToLeft(true);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headersFa.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headersFa.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(text(v));
                    }
                }
            }
            for (int c = 0; c < headersFa.size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return JalaliDates.format(d);
        }
        if (v instanceof Boolean b) {
            return b ? "بله" : "خیر";
        }
        return String.valueOf(v);
    }
}
