package ir.pishkhan.shared.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;

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

    public static final BaseFont REGULAR = loadFont("Vazirmatn-Regular.ttf", 'R');
    public static final BaseFont BOLD = loadFont("Vazirmatn-Bold.ttf", 'B');

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

    /**
     * Makes a document's bytes depend on its content alone: its creation and modification dates
     * are {@code at} (Tehran time) instead of the moment of rendering, and its file identifier is
     * derived from {@code content} instead of drawn at random. With the fonts' fixed subset tags
     * (see {@link #loadFont}), rendering the same content twice gives the same bytes, so the
     * SHA-256 of an official record (the working group's minutes) kept in the audit trail
     * matches every later copy. Call between {@code open()} and {@code close()}.
     */
    public static void reproducible(PdfWriter writer, Instant at, String content) {
        PdfDate date = new PdfDate(GregorianCalendar.from(at.atZone(ZoneId.of("Asia/Tehran"))));
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        byte[] id = Arrays.copyOf(sha256(content.getBytes(StandardCharsets.UTF_8)), 16);
        // OpenPDF takes the trailer's /ID from this key of the info dictionary when it is present.
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** The SHA-256 of some bytes, as 64 lower-case hexadecimal digits. */
    public static String sha256Hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(sha256(bytes));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Loads an embedded font. OpenPDF names each embedded subset with a tag of six random
     * letters («ABCDEF+Vazirmatn-Regular»), which would make two renderings of the same document
     * differ; each font here gets a fixed tag of its own letter instead (the two fonts' names
     * differ anyway, so the tags still tell their subsets apart).
     */
    private static BaseFont loadFont(String name, char tag) {
        String resource = "/fonts/" + name;
        try (InputStream in = PersianPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not on the class path");
            }
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            font.setSecureRandom(new FixedTag(tag));
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot load font " + resource, e);
        }
    }

    /** What OpenPDF draws a subset tag's letters from: always the same letter. */
    private static final class FixedTag extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final double letter;

        FixedTag(char tag) {
            this.letter = (tag - 'A' + 0.5) / 26;
        }

        @Override
        public double nextDouble() {
            return letter;
        }
    }
}
