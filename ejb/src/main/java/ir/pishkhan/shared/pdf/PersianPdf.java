package ir.pishkhan.shared.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What every Persian PDF of the product (certificate, minutes) needs from OpenPDF's classic
 * {@code ColumnText} route: the embedded Vazirmatn fonts, right-to-left tables and cells whose
 * text is shaped ({@link ColumnText#AR_NOVOWEL}), the ezafe rewrite that keeps «ـهٔ» visible, and
 * left-to-right marks around codes such as licence numbers. See {@code CertificateRenderer} for
 * why each is needed. Stateless and thread-safe: the fonts are loaded once and never modified.
 */
public final class PersianPdf {

    /** Text alignment at the start of a right-to-left line, that is, at its right edge. */
    public static final int START = Element.ALIGN_LEFT;
    /** Text alignment at the end of a right-to-left line, its left edge. */
    public static final int END = Element.ALIGN_RIGHT;

    public static final BaseFont REGULAR = loadFont("Vazirmatn-Regular.ttf");
    public static final BaseFont BOLD = loadFont("Vazirmatn-Bold.ttf");

    private static final char LRM = '\u200E';
    private static final char RLM = '\u200F';
    private static final char HEH = '\u0647';
    private static final char HAMZA_ABOVE = '\u0654';
    private static final char HEH_WITH_YEH_ABOVE = '\u06C0';

    /** Letters that join to the letter after them, as OpenPDF's {@code ArabicLigaturizer} shapes them. */
    private static final String DUAL_JOINING = "\u0626\u0628\u062A\u062B\u062C\u062D\u062E\u0633\u0634\u0635\u0636"
            + "\u0637\u0638\u0639\u063A\u0640\u0641\u0642\u0643\u0644\u0645\u0646\u0647\u0649\u064A\u0679\u067A"
            + "\u067B\u067E\u067F\u0680\u0683\u0684\u0686\u0687\u06A4\u06A6\u06A9\u06AD\u06AF\u06B1\u06B3\u06BB"
            + "\u06BE\u06C1\u06CC\u06D0";

    private PersianPdf() {
    }

    /** A right-to-left table. */
    public static PdfPTable rtlTable(int columns, float widthPercentage) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(widthPercentage);
        table.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        return table;
    }

    /** A borderless right-to-left cell whose Persian text OpenPDF shapes ({@code AR_NOVOWEL}). */
    public static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        cell.setArabicOptions(ColumnText.AR_NOVOWEL);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setLeading(0, 1.45f);
        return cell;
    }

    public static Phrase phrase(String text, Font font) {
        return new Phrase(forShaping(text == null ? "" : text), font);
    }

    /** A code (licence number, tracking code) that must read left to right inside Persian text. */
    public static String ltr(String code) {
        return code == null ? "" : LRM + code + LRM;
    }

    /**
     * Rewrites the ezafe «ـهٔ» (heh + hamza above, or U+06C0) so that it survives OpenPDF's
     * {@code AR_NOVOWEL} shaping with the glyphs Vazirmatn has. Every other character is kept.
     */
    public static String forShaping(String s) {
        String t = s.replace(String.valueOf(HEH_WITH_YEH_ABOVE), "" + HEH + HAMZA_ABOVE);
        StringBuilder b = new StringBuilder(t.length() + 4);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == HEH && i + 1 < t.length() && t.charAt(i + 1) == HAMZA_ABOVE) {
                if (joinsToNext(t, i - 1)) {
                    b.append(HEH_WITH_YEH_ABOVE);
                } else {
                    b.append(HEH).append(RLM).append(HAMZA_ABOVE);
                }
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean joinsToNext(String t, int i) {
        while (i >= 0 && isMark(t.charAt(i))) {
            i--;
        }
        return i >= 0 && DUAL_JOINING.indexOf(t.charAt(i)) >= 0;
    }

    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u0655') || c == '\u0670';
    }

    private static BaseFont loadFont(String name) {
        String resource = "/fonts/" + name;
        try (InputStream in = PersianPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the class path");
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot load font " + resource, e);
        }
    }
}
