package ir.pishkhan.rollout.control;

import ir.pishkhan.rollout.entity.ImportColumn;
import ir.pishkhan.rollout.entity.ImportRefusals;
import ir.pishkhan.rollout.entity.ImportSheet;
import ir.pishkhan.shared.error.BusinessException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded roll-out file and hands its data rows, one at a time, to a {@link Sink}: the
 * sheet, the row's number as a spreadsheet shows it (the header is row 1) and its cells by
 * column key, as the user sees them. Memory stays flat however long the file is: a workbook is
 * read with POI's streaming SAX reader, sheet by sheet, never loaded whole; CSV files are parsed
 * record by record.
 *
 * <p>What is read: an Excel workbook (.xlsx) with one sheet per kind of data; a CSV file (UTF-8,
 * with or without byte-order mark; comma, semicolon or tab) for one kind, told by its file name
 * ({@code licences.csv}, {@code پروانه‌ها.csv}) or named outright; or a zip of such CSV files.
 * Sheets are recognised by Persian name or file name and columns by Persian header, both
 * tolerant of ي/ك, spaces and half-spaces, in any order. The template's explanation sheet
 * «راهنما», sheets and columns of other names and blank rows are passed over. A known sheet
 * without a required column, a kind given twice, no known sheet with data, or a file that is
 * none of the above are refused for the whole file.
 */
public final class ImportFiles {

    /** The template's explanation sheet, never data. */
    public static final String GUIDE_SHEET = "راهنما";

    /** Most bytes a zip of CSV files may expand to: a guard against zip bombs. */
    private static final long MAX_EXPANDED_BYTES = 512L * 1024 * 1024;
    /** Columns past this one are never looked at. */
    private static final int MAX_COLUMNS = 256;

    private static final byte[] ZIP = {'P', 'K'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private ImportFiles() {
    }

    /** Receives the data rows, in file order. */
    @FunctionalInterface
    public interface Sink {
        /** One data row: its sheet, its row number (header = 1) and its non-empty cells by column key. */
        void row(ImportSheet sheet, int rowNo, Map<String, String> cells);
    }

    /** An upload written to a file of its own: its size and SHA-256 (hex, lower case). */
    public record Spooled(Path file, long size, String sha256) {
    }

    /**
     * Copies an upload to {@code target} while computing its SHA-256, refusing it with
     * {@code IMPORT_FILE_TOO_LARGE} as soon as it passes {@code maxBytes} (the rest is not read).
     */
    public static Spooled spool(InputStream in, Path target, long maxBytes) throws IOException {
        MessageDigest sha = sha256();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            if (in != null) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                    total += n;
                    if (total > maxBytes) {
                        throw ImportRefusals.tooLarge(maxBytes);
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
        }
        return new Spooled(target, total, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * Reads the file and streams its data rows to the sink.
     *
     * @param file      the upload (see {@link #spool})
     * @param fileName  its name as uploaded (tells a single CSV file's sheet); may be null
     * @param sheetName for a single CSV file, its sheet (Persian name, file name or code), overriding the file name; may be null
     * @return the data rows read, per sheet, for the sheets the file has
     */
    public static Map<ImportSheet, Integer> read(Path file, String fileName, String sheetName, Sink sink) {
        byte[] head = head(file);
        Map<ImportSheet, Integer> found = new EnumMap<>(ImportSheet.class);
        try {
            if (startsWith(head, OLE2)) {
                throw ImportRefusals.unreadable("این پرونده با قالب قدیمی اکسل (xls) است؛ آن را در اکسل با «ذخیره با نام» به "
                        + "قالب xlsx ذخیره کنید.", "this is an old Excel (.xls) file; save it as .xlsx.");
            }
            if (startsWith(head, ZIP)) {
                if (isWorkbook(file)) {
                    readWorkbook(file, sink, found);
                } else {
                    readZip(file, sink, found);
                }
            } else {
                String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".zip")) {
                    throw ImportRefusals.unreadable("پرونده آسیب دیده است.", "the file is damaged.");
                }
                if (looksBinary(head)) {
                    throw ImportRefusals.unreadable("محتوای پرونده نه اکسل است و نه متن.", "it is neither a workbook nor text.");
                }
                ImportSheet sheet = sheetName != null && !sheetName.isBlank()
                        ? sheetNamed(sheetName).orElseThrow(() -> ImportRefusals.sheetUnknown(sheetName))
                        : sheetNamed(baseName(fileName)).orElseThrow(ImportRefusals::empty);
                try (InputStream in = Files.newInputStream(file)) {
                    readCsv(in, sheet, sink, found);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
        if (found.values().stream().mapToInt(Integer::intValue).sum() == 0) {
            throw ImportRefusals.empty();
        }
        return found;
    }

    /**
     * The sheet a workbook sheet's or CSV file's name stands for: its Persian name, its file name
     * or its code, however spaced and whichever ي/ك; empty for the guide and unknown names.
     */
    public static Optional<ImportSheet> sheetNamed(String name) {
        String key = Cells.key(name);
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        for (ImportSheet s : ImportSheet.values()) {
            if (key.equals(Cells.key(s.persianName())) || key.equals(Cells.key(s.fileName()))
                    || key.equals(Cells.key(s.name())) || s == ImportSheet.LICENCES && key.equals("licenses")) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    // --- Excel workbooks ---------------------------------------------------------------------

    private static void readWorkbook(Path file, Sink sink, Map<ImportSheet, Integer> found) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream data = sheets.next()) {
                    Optional<ImportSheet> sheet = sheetNamed(sheets.getSheetName());
                    if (sheet.isEmpty()) {
                        continue;
                    }
                    SheetRows rows = start(sheet.get(), sink, found);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new WorkbookRows(rows),
                            new Formatter(), false));
                    parser.parse(new InputSource(data));
                    found.put(sheet.get(), rows.count);
                }
            }
        } catch (SAXException e) {
            if (e.getCause() instanceof BusinessException be) {
                throw be;
            }
            throw unreadable(e);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | javax.xml.parsers.ParserConfigurationException
                 | IllegalArgumentException e) {
            throw unreadable(e);
        }
    }

    /** Whether a zip is an Office Open XML package (has {@code [Content_Types].xml}) rather than a zip of CSV files. */
    private static boolean isWorkbook(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null;
        } catch (IOException e) {
            throw ImportRefusals.unreadable("پروندهٔ فشرده آسیب دیده است.", "the zip archive is damaged.");
        }
    }

    /** Rows of one workbook sheet, as POI's SAX reader hands over their formatted cells. */
    private static final class WorkbookRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final SheetRows rows;
        private final List<String> values = new ArrayList<>();

        WorkbookRows(SheetRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            values.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(rowNum + 1, values);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? values.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                return;
            }
            while (values.size() < column) {
                values.add(null);
            }
            if (values.size() == column) {
                values.add(formattedValue);
            } else {
                values.set(column, formattedValue);
            }
        }
    }

    /**
     * A cell's text as the user sees it in the spreadsheet; a cell formatted as a date gives its
     * Gregorian day (2021-03-15), which the checks then report as a Gregorian date.
     */
    static final class Formatter extends DataFormatter {
        Formatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
                if (t != null) {
                    return t.toLocalDate().toString();
                }
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    // --- CSV files and zips of them ----------------------------------------------------------

    private static void readZip(Path file, Sink sink, Map<ImportSheet, Integer> found) throws IOException {
        boolean any = false;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
            Limited limited = new Limited(zip, MAX_EXPANDED_BYTES);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || base.startsWith(".")) {
                    continue;
                }
                String lower = base.toLowerCase(Locale.ROOT);
                if (!lower.endsWith(".csv") && !lower.endsWith(".txt")) {
                    continue;
                }
                Optional<ImportSheet> sheet = sheetNamed(baseName(base));
                if (sheet.isEmpty()) {
                    continue;
                }
                any = true;
                readCsv(limited, sheet.get(), sink, found);
            }
        } catch (java.util.zip.ZipException e) {
            throw ImportRefusals.unreadable("پروندهٔ فشرده آسیب دیده است.", "the zip archive is damaged.");
        } catch (IllegalArgumentException e) {
            // Entry names not in UTF-8 (an archiver that writes them in a local code page).
            throw ImportRefusals.unreadable("نام پرونده‌های درون zip خوانا نیست؛ پرونده‌ها را با نام لاتین "
                    + "(مانند licences.csv) بگذارید.", "the names inside the zip are not UTF-8; name the files in Latin "
                    + "letters (e.g. licences.csv).");
        }
        if (!any) {
            throw ImportRefusals.empty();
        }
    }

    private static void readCsv(InputStream raw, ImportSheet sheet, Sink sink, Map<ImportSheet, Integer> found)
            throws IOException {
        SheetRows rows = start(sheet, sink, found);
        // Decoding is strict: a file saved in another encoding is refused rather than read as gibberish.
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(withoutBom(raw), utf8), 64 * 1024);
        try {
            reader.mark(64 * 1024);
            String first = reader.readLine();
            reader.reset();
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(first)).setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false).get();
            CSVParser parser = CSVParser.parse(reader, format);
            for (CSVRecord record : parser) {
                rows.row((int) record.getRecordNumber(), Arrays.asList(record.values()));
            }
        } catch (CharacterCodingException e) {
            throw csvNotUtf8();
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw csvNotUtf8();
            }
            if (e.getCause() instanceof BusinessException be) {
                throw be;
            }
            String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw ImportRefusals.unreadable("ساختار CSV درست نیست (" + why + ").", "the CSV is malformed: " + why + ".");
        }
        found.put(sheet, rows.count);
    }

    private static BusinessException csvNotUtf8() {
        return ImportRefusals.unreadable("پروندهٔ CSV با کدگذاری UTF-8 ذخیره نشده است؛ در اکسل «CSV UTF-8» را برگزینید.",
                "the CSV file is not UTF-8; save it as 'CSV UTF-8'.");
    }

    /** The field separator of a CSV file: whichever of comma, semicolon and tab its first line has most of. */
    private static char delimiter(String firstLine) {
        if (firstLine == null) {
            return ',';
        }
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';' || c == '؛').count();
        long tabs = firstLine.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        if (semicolons > commas) {
            return firstLine.indexOf(';') >= 0 ? ';' : '؛';
        }
        return ',';
    }

    private static InputStream withoutBom(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 3);
        byte[] b = new byte[3];
        int n = p.readNBytes(b, 0, 3);
        if (!(n == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) && n > 0) {
            p.unread(b, 0, n);
        }
        return p;
    }

    /** A zip entry's stream that the CSV reader may close without closing the zip, with a cap on bytes. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                spend(n);
            }
            return n;
        }

        private void spend(long n) {
            left -= n;
            if (left < 0) {
                throw ImportRefusals.unreadable("پروندهٔ فشرده پس از گشودن بیش از اندازه بزرگ است.",
                        "the zip expands to too much data.");
            }
        }

        @Override
        public void close() {
            // The zip stays open for its next entry.
        }
    }

    // --- Header and rows, whatever the format ------------------------------------------------

    private static SheetRows start(ImportSheet sheet, Sink sink, Map<ImportSheet, Integer> found) {
        if (found.containsKey(sheet)) {
            throw ImportRefusals.sheetRepeated(sheet);
        }
        found.put(sheet, 0);
        return new SheetRows(sheet, sink);
    }

    /**
     * The rows of one sheet: the first non-blank row is the header, which maps columns to keys
     * (and must have every required column); each later non-blank row goes to the sink.
     */
    static final class SheetRows {
        private final ImportSheet sheet;
        private final Sink sink;
        private String[] keys;
        int count;

        SheetRows(ImportSheet sheet, Sink sink) {
            this.sheet = sheet;
            this.sink = sink;
        }

        void row(int rowNo, List<String> values) {
            if (keys == null) {
                if (values.stream().allMatch(Cells::blank)) {
                    return;
                }
                header(values);
                return;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(values.size(), keys.length); i++) {
                String v = values.get(i);
                if (keys[i] != null && !Cells.blank(v)) {
                    cells.put(keys[i], v);
                }
            }
            if (!cells.isEmpty()) {
                count++;
                sink.row(sheet, rowNo, cells);
            }
        }

        private void header(List<String> values) {
            keys = new String[Math.min(values.size(), MAX_COLUMNS)];
            for (int i = 0; i < keys.length; i++) {
                String k = Cells.key(values.get(i));
                if (k == null || k.isEmpty()) {
                    continue;
                }
                for (ImportColumn c : sheet.columns()) {
                    if ((k.equals(Cells.key(c.header())) || k.equals(Cells.key(c.key()))) && !taken(c.key())) {
                        keys[i] = c.key();
                        break;
                    }
                }
            }
            for (ImportColumn c : sheet.columns()) {
                if (c.required() && !taken(c.key())) {
                    throw ImportRefusals.columnMissing(sheet, c);
                }
            }
        }

        private boolean taken(String key) {
            for (String k : keys) {
                if (key.equals(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    // --- Helpers ------------------------------------------------------------------------------

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text has no NUL bytes (UTF-16 would, and is refused here as not UTF-8). */
    private static boolean looksBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** A file name without folders and extension. */
    static String baseName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static BusinessException unreadable(Exception e) {
        if (e.getCause() instanceof BusinessException be) {
            return be;
        }
        return ImportRefusals.unreadable("پرونده آسیب دیده است یا قالب آن شناخته نیست.",
                "the file is damaged or of an unknown kind (" + e.getClass().getSimpleName() + ").");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
