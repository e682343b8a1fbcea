package ir.pishkhan.license.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.pdf.PersianPdf;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the printed licence certificate (پروانهٔ فعالیت) of a counter office as a one-page A4
 * PDF: Persian, right to left, in the Vazirmatn typeface (embedded), with a QR code that encodes
 * the licence's verification URL. See {@link CertificateData} for what the page shows.
 *
 * <h2>How the Persian text is laid out</h2>
 * OpenPDF does the work in its classic {@code ColumnText} route: every table cell and the footer
 * column get {@link PdfWriter#RUN_DIRECTION_RTL} and {@link ColumnText#AR_NOVOWEL}, so the
 * bidirectional algorithm orders each line right to left and {@code ArabicLigaturizer} replaces
 * every letter by the presentation form that joins it to its neighbours (initial, medial, final,
 * isolated, lam-alef). OpenPDF's newer {@code LayoutProcessor} route is deliberately <em>not</em>
 * enabled: it reverses numbers. Three details of that route are handled here:
 * <ul>
 *   <li><b>Alignment is mirrored</b> in right-to-left cells: {@link Element#ALIGN_LEFT} puts the
 *       text at the start of the line, which is the right edge. {@link #START} names that.</li>
 *   <li><b>Ezafe «ـهٔ»</b> (heh and hamza above, U+0647 U+0654, as in «شمارهٔ»): with
 *       {@code AR_NOVOWEL} the ligaturizer drops a hamza it attaches to a heh, and Vazirmatn has
 *       no glyph for the isolated presentation form of «ۀ» (U+FBA4), only for the final one
 *       (U+FBA5). {@link #forShaping(String)} therefore writes «ۀ» (U+06C0) after a letter that
 *       joins to it, which shapes to U+FBA5, and otherwise (after «ر», «د», «ا», «و» …) an
 *       isolated heh followed by an invisible right-to-left mark and the hamza, which makes the
 *       hamza its own shaping run (so it survives) and places its zero-width glyph, whose
 *       outline lies to the right of its origin, over the heh.</li>
 *   <li><b>The licence number</b> ({@code 0723-G-00017-0}) mixes digits, hyphens and a Latin
 *       letter; inside a right-to-left line the bidirectional algorithm would show it as
 *       {@code G-00017-4-0723}. It is enclosed in left-to-right marks (U+200E), which make
 *       every digit and hyphen in it left to right, so it reads as written.</li>
 * </ul>
 * Dates are printed by {@link JalaliDates#format(java.time.LocalDate)} with Persian digits;
 * digits are numbers to the bidirectional algorithm, so «۱۴۰۴/۰۱/۰۱» keeps its order.
 *
 * <p>Thread-safe: the only shared state is the two embedded {@link BaseFont}s, loaded once from
 * the class path and never modified (OpenPDF keeps the glyphs each document uses in the
 * document, not in the font); everything else is created per call. No file is read or written
 * apart from the font resources.
 */
public final class CertificateRenderer {

    /** Side of the QR symbol itself (without its quiet zone) on paper: 4 cm in points. */
    static final float QR_SIDE = 4f / 2.54f * 72f;

    /** Quiet zone around the QR symbol, in modules (the minimum ISO/IEC 18004 asks for). */
    static final int QR_QUIET_ZONE = 4;

    /** Text alignment at the start of a right-to-left line, that is, at its right edge. */
    private static final int START = Element.ALIGN_LEFT;


    private static final BaseFont REGULAR = PersianPdf.REGULAR;
    private static final BaseFont BOLD = PersianPdf.BOLD;

    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color ACCENT = new Color(0x0B, 0x4F, 0x6C);
    private static final Color RULE = new Color(0xB8, 0xC4, 0xCC);
    private static final Color LABEL_BACKGROUND = new Color(0xEE, 0xF3, 0xF6);
    private static final Color MUTED = new Color(0x55, 0x5F, 0x66);

    private static final char LRM = '\u200E';


    /** Creates a renderer; it holds no state, so one instance may serve every thread. */
    public CertificateRenderer() {
    }

    /**
     * Renders the certificate.
     *
     * @param data what to print; {@code verificationUrl} must not be blank, other texts may be
     *             {@code null} (printed empty)
     * @return a one-page A4 PDF
     * @throws IllegalArgumentException if the verification URL is blank or too long for a QR code
     */
    public byte[] render(CertificateData data) {
        Objects.requireNonNull(data, "data");
        if (data.verificationUrl() == null || data.verificationUrl().isBlank()) {
            throw new IllegalArgumentException("A certificate needs a verification URL for its QR code");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, 56, 56, 64, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            if (data.statusMark() != null && !data.statusMark().isBlank()) {
                writer.setPageEvent(new StatusMark(data.statusMark(), data.statusNote()));
            }
            document.addTitle("پروانهٔ فعالیت " + text(data.officeTypeFa()) + " — " + text(data.licenseNumber()));
            document.addAuthor("سامانهٔ صدور پروانهٔ دفاتر پیشخوان");
            document.addSubject(text(data.officeName()));
            document.addCreator("Pishkhan licensing");
            document.open();

            Fonts fonts = new Fonts();
            drawFrame(writer.getDirectContentUnder(), document.getPageSize());
            document.add(title(data, fonts));
            document.add(details(data, fonts));
            document.add(qrBlock(data.verificationUrl(), writer.getDirectContent(), fonts));
            footer(writer.getDirectContent(), document, fonts);

            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the licence certificate", e);
        }
        return out.toByteArray();
    }

    /**
     * The QR code for a URL at error correction level M with a {@value #QR_QUIET_ZONE}-module
     * quiet zone, as zxing lays it out for an image at least {@code size} pixels wide
     * ({@code 0} gives one pixel per module, which is what {@link #render} draws from). No
     * character set is named, so an ASCII URL is encoded without an ECI header, which some
     * phone scanners still misread.
     */
    static BitMatrix qr(String url, int size) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QR_QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode the verification URL as a QR code", e);
        }
    }

    // ------------------------------------------------------------------ page parts

    private static PdfPTable title(CertificateData data, Fonts fonts) {
        PdfPTable table = rtlTable(1, 100);
        PdfPCell heading = cell("پروانهٔ فعالیت " + text(data.officeTypeFa()), fonts.title, Element.ALIGN_CENTER);
        heading.setPaddingBottom(10);
        table.addCell(heading);
        PdfPCell rule = new PdfPCell();
        rule.setBorder(Rectangle.BOTTOM);
        rule.setBorderWidthBottom(1.2f);
        rule.setBorderColorBottom(ACCENT);
        rule.setFixedHeight(4);
        table.addCell(rule);
        table.setSpacingAfter(22);
        return table;
    }

    private static PdfPTable details(CertificateData data, Fonts fonts) {
        PdfPTable table = rtlTable(2, 100);
        try {
            // A right-to-left table takes its column widths in visual order, left to right:
            // value (70 %) on the left, label (30 %) on the right.
            table.setWidths(new float[] {70, 30});
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        row(table, fonts, "شمارهٔ پروانه", LRM + text(data.licenseNumber()) + LRM);
        row(table, fonts, "نام دفتر", text(data.officeName()));
        row(table, fonts, "دارندهٔ پروانه", text(data.holderName()));
        row(table, fonts, "استان / شهرستان", text(data.provinceFa()) + " / " + text(data.countyFa()));
        row(table, fonts, "محل", text(data.locality()));
        row(table, fonts, "نشانی", text(data.address()));
        row(table, fonts, "تاریخ صدور", JalaliDates.format(data.issueDate()));
        row(table, fonts, "تاریخ اعتبار تا", JalaliDates.format(data.expiryDate()));
        table.setSpacingAfter(30);
        return table;
    }

    private static void row(PdfPTable table, Fonts fonts, String label, String value) {
        PdfPCell labelCell = cell(label, fonts.label, START);
        labelCell.setBackgroundColor(LABEL_BACKGROUND);
        PdfPCell valueCell = cell(value, fonts.value, START);
        for (PdfPCell c : new PdfPCell[] {labelCell, valueCell}) {
            c.setBorder(Rectangle.BOX);
            c.setBorderColor(RULE);
            c.setBorderWidth(0.6f);
            c.setPaddingTop(7);
            c.setPaddingBottom(9);
            c.setPaddingLeft(10);
            c.setPaddingRight(10);
            table.addCell(c);
        }
    }

    private static PdfPTable qrBlock(String url, PdfContentByte canvas, Fonts fonts) throws BadElementException {
        PdfPTable table = rtlTable(1, 60);
        table.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPCell image = new PdfPCell(Image.getInstance(qrTemplate(url, canvas)), false);
        image.setBorder(Rectangle.NO_BORDER);
        image.setHorizontalAlignment(Element.ALIGN_CENTER);
        image.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        table.addCell(image);
        PdfPCell caption = cell("برای استعلام، این کد را با تلفن همراه بخوانید", fonts.caption, Element.ALIGN_CENTER);
        caption.setPaddingTop(2);
        table.addCell(caption);
        return table;
    }

    /**
     * The QR code as vector graphics: the dark modules of {@link #qr(String, int)}, one pixel per
     * module, as a single filled path (so no seams show between modules), scaled so that the
     * symbol is {@link #QR_SIDE} wide, with its quiet zone left white around it.
     */
    private static PdfTemplate qrTemplate(String url, PdfContentByte canvas) {
        BitMatrix matrix = qr(url, 0);
        int[] symbol = matrix.getEnclosingRectangle(); // left, top, width, height of the dark part
        float module = QR_SIDE / symbol[2];
        float side = matrix.getWidth() * module;
        PdfTemplate template = canvas.createTemplate(side, side);
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                // PDF's y axis points up, the matrix's down.
                template.rectangle(start * module, side - (y + 1) * module, (x - start) * module, module);
            }
        }
        template.fill();
        return template;
    }

    private static void footer(PdfContentByte canvas, Document document, Fonts fonts) throws DocumentException {
        float left = document.left();
        float right = document.right();
        float y = document.bottom() - 18;
        canvas.saveState();
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(left, y + 22);
        canvas.lineTo(right, y + 22);
        canvas.stroke();
        canvas.restoreState();
        ColumnText column = new ColumnText(canvas);
        column.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        column.setArabicOptions(ColumnText.AR_NOVOWEL);
        column.setSimpleColumn(phrase("این پروانه با کد QR یا شمارهٔ آن در سامانه قابل استعلام است.", fonts.footer),
                left, y - 10, right, y + 16, 14, Element.ALIGN_CENTER);
        column.go();
    }

    /**
     * The status of a licence that is not active, drawn over every page: one large line from the
     * lower left to the upper right corner, in translucent red so the certificate stays legible
     * under it, and a smaller line along it saying what the status means. Drawn over the content, not under it, so that no
     * shaded cell can hide it.
     */
    private static final class StatusMark extends PdfPageEventHelper {
        private static final Color MARK = new Color(0xB0, 0x00, 0x20);
        private final String mark;
        private final String note;

        StatusMark(String mark, String note) {
            this.mark = mark;
            this.note = note;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            float width = page.getWidth();
            float height = page.getHeight();
            double angle = Math.atan2(height, width);
            float diagonal = (float) Math.hypot(width, height);
            Font big = fitted(BOLD, mark, 0.66f * diagonal, 84);
            Font small = fitted(BOLD, note == null ? "" : note, 0.55f * diagonal, big.getSize() * 0.42f);
            PdfContentByte canvas = writer.getDirectContent();
            canvas.saveState();
            PdfGState translucent = new PdfGState();
            translucent.setFillOpacity(0.3f);
            canvas.setGState(translucent);
            // Centred a little above the middle of the page, over the licence's details, so that
            // the QR code below them stays mostly clear of the mark and easy to scan.
            float cx = width / 2;
            float cy = height * 0.55f;
            float degrees = (float) Math.toDegrees(angle);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, phrase(mark, big), cx, cy, degrees,
                    PdfWriter.RUN_DIRECTION_RTL, ColumnText.AR_NOVOWEL);
            if (note != null && !note.isBlank()) {
                // The second line runs along the first on its upper side, over the details and
                // away from the QR code.
                float gap = big.getSize() * 0.95f + small.getSize() * 0.3f;
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, phrase(note, small),
                        cx - gap * (float) Math.sin(angle), cy + gap * (float) Math.cos(angle), degrees,
                        PdfWriter.RUN_DIRECTION_RTL, ColumnText.AR_NOVOWEL);
            }
            canvas.restoreState();
        }

        /** The font at the largest size up to {@code max} at which the shaped text fits {@code width}. */
        private static Font fitted(BaseFont base, String text, float width, float max) {
            float atOne = ColumnText.getWidth(phrase(text, new Font(base, 1)), PdfWriter.RUN_DIRECTION_RTL,
                    ColumnText.AR_NOVOWEL);
            float size = atOne <= 0 ? max : Math.min(max, width / atOne);
            return new Font(base, size, Font.NORMAL, MARK);
        }
    }

    private static void drawFrame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(2.2f);
        canvas.rectangle(26, 26, page.getWidth() - 52, page.getHeight() - 52);
        canvas.stroke();
        canvas.setLineWidth(0.6f);
        canvas.rectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64);
        canvas.stroke();
        canvas.restoreState();
    }

    // ------------------------------------------------------------------ text helpers

    private static PdfPTable rtlTable(int columns, float widthPercentage) {
        return PersianPdf.rtlTable(columns, widthPercentage);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        return PersianPdf.cell(text, font, alignment);
    }

    private static Phrase phrase(String text, Font font) {
        return PersianPdf.phrase(text, font);
    }

    /** The ezafe rewrite; see {@link PersianPdf#forShaping(String)} and the class comment. */
    static String forShaping(String s) {
        return PersianPdf.forShaping(s);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    // ------------------------------------------------------------------ fonts

    /** The fonts of one rendering ({@link Font} is mutable, so they are not shared). */
    private static final class Fonts {
        final Font title = new Font(BOLD, 19, Font.NORMAL, ACCENT);
        final Font label = new Font(BOLD, 11.5f, Font.NORMAL, INK);
        final Font value = new Font(REGULAR, 12, Font.NORMAL, INK);
        final Font caption = new Font(REGULAR, 10, Font.NORMAL, MUTED);
        final Font footer = new Font(REGULAR, 9.5f, Font.NORMAL, MUTED);
    }
}
