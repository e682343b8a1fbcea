package ir.pishkhan.rollout.control;

import ir.pishkhan.rollout.entity.ImportColumn;
import ir.pishkhan.rollout.entity.ImportSheet;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The workbooks the roll-out hands out, written as a stream (POI's SXSSF keeps a window of rows
 * in memory, whatever the number of rows), every sheet right to left:
 * <ul>
 * <li>the <b>template</b>: one sheet per {@link ImportSheet} with its Persian headers and one
 * example row, columns formatted as text (so Excel keeps the leading zeros of national codes and
 * phone numbers), and the guide «راهنما» explaining every column;</li>
 * <li>the <b>error workbook</b> of a checked import: the same sheets with the rows as uploaded,
 * each at its row number, and a last column «خطا» listing the row's errors («ستون: پیام»), rows
 * with errors filled light red — a clerk corrects it in Excel and uploads it again; the extra
 * column is ignored then.</li>
 * </ul>
 */
@Dependent
public class Workbooks {

    /** The error workbook's last column; an unknown header to the reader, so a corrected file re-imports as it is. */
    public static final String ERROR_HEADER = "خطا";

    private static final int WINDOW = 200;
    private static final int PAGE = 1000;
    private static final byte[] LIGHT_RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    private static final byte[] HEADER_GREY = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};

    @Resource(lookup = "java:jboss/datasources/PishkhanDS")
    DataSource dataSource;

    /** The template: the guide, then one sheet per kind of data with its headers and an example row. */
    public static void template(OutputStream out) {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(book);
            guide(book, styles);
            for (ImportSheet sheet : ImportSheet.values()) {
                SXSSFSheet s = dataSheet(book, styles, sheet, false);
                Row example = s.createRow(1);
                List<ImportColumn> columns = sheet.columns();
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = example.createCell(c);
                    cell.setCellValue(columns.get(c).example());
                    cell.setCellStyle(styles.example);
                }
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(book);
        }
    }

    /** The error workbook of an import: its staged rows as uploaded, with their errors. */
    public void errorReport(long importId, OutputStream out) {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try (Connection c = dataSource.getConnection()) {
            Styles styles = new Styles(book);
            for (ImportSheet sheet : sheetsOf(c, importId)) {
                SXSSFSheet s = dataSheet(book, styles, sheet, true);
                List<ImportColumn> columns = sheet.columns();
                int after = 0;
                while (true) {
                    List<Staged> page = page(c, importId, sheet, after);
                    for (Staged r : page) {
                        writeRow(s.createRow(r.rowNo - 1), columns, RowJson.cells(r.cells), RowJson.errors(r.errors),
                                styles);
                        after = r.rowNo;
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                }
            }
            book.write(out);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the rows of import " + importId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(book);
        }
    }

    private static void writeRow(Row row, List<ImportColumn> columns, Map<String, String> cells,
                                 List<Rows.CellError> errors, Styles styles) {
        boolean faulty = !errors.isEmpty();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            String value = cells.get(columns.get(c).key());
            if (value != null) {
                cell.setCellValue(value);
            }
            cell.setCellStyle(faulty ? styles.faulty : styles.text);
        }
        Cell error = row.createCell(columns.size());
        error.setCellStyle(faulty ? styles.faultyMessage : styles.text);
        if (faulty) {
            StringBuilder b = new StringBuilder();
            for (Rows.CellError e : errors) {
                // Each message already names its column («ستون: پیام»).
                b.append(b.length() == 0 ? "" : "\n").append(e.message());
            }
            error.setCellValue(b.toString());
        }
    }

    /** A data sheet with its header row (and the error column), columns as text, header frozen. */
    private static SXSSFSheet dataSheet(SXSSFWorkbook book, Styles styles, ImportSheet sheet, boolean withErrors) {
        SXSSFSheet s = book.createSheet(sheet.persianName());
        s.setRightToLeft(true);
        Row header = s.createRow(0);
        List<ImportColumn> columns = sheet.columns();
        for (int c = 0; c < columns.size(); c++) {
            ImportColumn column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(column.required() ? styles.requiredHeader : styles.header);
            s.setDefaultColumnStyle(c, styles.text);
            int chars = Math.max(column.header().length(), column.example().length()) + 4;
            s.setColumnWidth(c, Math.min(Math.max(chars, 14), 45) * 256);
        }
        if (withErrors) {
            Cell cell = header.createCell(columns.size());
            cell.setCellValue(ERROR_HEADER);
            cell.setCellStyle(styles.header);
            s.setColumnWidth(columns.size(), 80 * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    /** «راهنما»: how to fill the workbook, then every column of every sheet. */
    private static void guide(SXSSFWorkbook book, Styles styles) {
        SXSSFSheet s = book.createSheet(ImportFiles.GUIDE_SHEET);
        s.setRightToLeft(true);
        int r = 0;
        Cell title = s.createRow(r++).createCell(0);
        title.setCellValue("راهنمای پروندهٔ ورود اطلاعات دفاتر پیشخوان");
        title.setCellStyle(styles.title);
        for (String line : List.of(
                "هر برگه یک نوع اطلاعات است: ظرفیت، پروانه‌ها، قراردادها، صف انتظار و کاربران. برگه‌ای را که اطلاعاتی برایش ندارید خالی بگذارید یا پاک کنید.",
                "نام برگه‌ها و سرستون‌ها را تغییر ندهید؛ ترتیب ستون‌ها مهم نیست. ستون‌های الزامی در سرستون پررنگ‌اند.",
                "ردیف دوم هر برگه نمونه است؛ پیش از بارگذاری آن را پاک کنید یا به‌جایش اطلاعات واقعی بنویسید.",
                "همهٔ ردیف‌ها از یک استان‌اند: همان استانی که پرونده برای آن بارگذاری می‌شود. شهرستان‌ها را به نام بنویسید.",
                "تاریخ‌ها شمسی‌اند، مانند ۱۴۰۲/۰۵/۱۰ یا 1402/5/10؛ تاریخ میلادی پذیرفته نمی‌شود.",
                "کد ملی و شماره‌های تلفن را کامل و با صفر آغازشان بنویسید؛ ستون‌های این الگو «متن» هستند تا اکسل صفرها را نیندازد.",
                "پس از بارگذاری، سامانه پیش از هر ثبتی همهٔ ردیف‌ها را بررسی می‌کند و خطاها را با برگه، شمارهٔ ردیف و ستون نشان می‌دهد؛ "
                        + "همین پرونده را با ستون «خطا» دریافت می‌کنید تا اصلاح کنید و دوباره بارگذاری کنید.",
                "به‌جای اکسل می‌توانید برای هر برگه یک پروندهٔ CSV با کدگذاری UTF-8 بفرستید، با نام برگه یا نام لاتین آن "
                        + "(capacity، licences، contracts، waitlist، accounts)، یا zip همهٔ آن‌ها را.")) {
            Cell cell = s.createRow(r++).createCell(0);
            cell.setCellValue("• " + line);
            cell.setCellStyle(styles.text);
        }
        r++;
        Row header = s.createRow(r++);
        String[] headers = {"برگه", "ستون", "الزامی", "توضیح", "نمونه", "نام لاتین برگه / ستون"};
        for (int c = 0; c < headers.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(styles.header);
        }
        for (ImportSheet sheet : ImportSheet.values()) {
            for (ImportColumn column : sheet.columns()) {
                Row row = s.createRow(r++);
                String[] values = {sheet.persianName(), column.header(), column.required() ? "بله" : "خیر",
                        column.explanation(), column.example(), sheet.fileName() + " / " + column.key()};
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(values[c]);
                    cell.setCellStyle(c == 3 ? styles.wrapped : styles.text);
                }
            }
        }
        int[] widths = {14, 22, 8, 70, 26, 24};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static Set<ImportSheet> sheetsOf(Connection c, long importId) throws SQLException {
        Set<ImportSheet> sheets = EnumSet.noneOf(ImportSheet.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT sheet FROM import_row WHERE import_id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sheets.add(ImportSheet.valueOf(rs.getString(1)));
                }
            }
        }
        return sheets;
    }

    private record Staged(int rowNo, String cells, String errors) {
    }

    private static List<Staged> page(Connection c, long importId, ImportSheet sheet, int after) throws SQLException {
        List<Staged> rows = new ArrayList<>(PAGE);
        try (PreparedStatement ps = c.prepareStatement("SELECT row_no, cells, errors FROM import_row"
                + " WHERE import_id = ? AND sheet = ? AND row_no > ? ORDER BY row_no LIMIT " + PAGE)) {
            ps.setLong(1, importId);
            ps.setString(2, sheet.name());
            ps.setInt(3, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Staged(rs.getInt(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return rows;
    }

    private static void close(SXSSFWorkbook book) {
        try {
            book.close();
        } catch (IOException e) {
            // Nothing left to write; the temporary files are removed regardless.
        }
        book.dispose();
    }

    /** The few cell styles of these workbooks (a workbook holds a limited number of styles). */
    private static final class Styles {
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle header;
        final CellStyle requiredHeader;
        final CellStyle example;
        final CellStyle title;
        final CellStyle faulty;
        final CellStyle faultyMessage;

        Styles(SXSSFWorkbook book) {
            short textFormat = book.createDataFormat().getFormat("@");
            Font plain = font(book, false, false, IndexedColors.BLACK);
            Font bold = font(book, true, false, IndexedColors.BLACK);
            Font grey = font(book, false, true, IndexedColors.GREY_50_PERCENT);
            text = book.createCellStyle();
            text.setDataFormat(textFormat);
            text.setFont(plain);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = book.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            header = book.createCellStyle();
            header.cloneStyleFrom(text);
            header.setFont(plain);
            fill(header, HEADER_GREY);
            header.setBorderBottom(BorderStyle.THIN);
            requiredHeader = book.createCellStyle();
            requiredHeader.cloneStyleFrom(header);
            requiredHeader.setFont(bold);
            example = book.createCellStyle();
            example.cloneStyleFrom(text);
            example.setFont(grey);
            title = book.createCellStyle();
            title.cloneStyleFrom(text);
            title.setFont(bold);
            faulty = book.createCellStyle();
            faulty.cloneStyleFrom(text);
            fill(faulty, LIGHT_RED);
            faultyMessage = book.createCellStyle();
            faultyMessage.cloneStyleFrom(faulty);
            faultyMessage.setWrapText(true);
        }

        private static Font font(SXSSFWorkbook book, boolean bold, boolean italic, IndexedColors color) {
            Font f = book.createFont();
            f.setFontName("Tahoma");
            f.setFontHeightInPoints((short) 10);
            f.setBold(bold);
            f.setItalic(italic);
            f.setColor(color.getIndex());
            return f;
        }

        private static void fill(CellStyle style, byte[] rgb) {
            ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
