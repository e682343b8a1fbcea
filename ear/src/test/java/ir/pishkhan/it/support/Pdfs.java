package ir.pishkhan.it.support;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;

/** Reading the PDFs the application produces (certificates, minutes). */
public final class Pdfs {

    private Pdfs() {
    }

    public static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Every page's text; shaped Persian comes back as presentation forms, which NFKC undoes. */
    public static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(Normalizer.normalize(new PdfTextExtractor(reader).getTextFromPage(page), Normalizer.Form.NFKC))
                        .append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    /** A right-to-left line comes out of the PDF in visual order: Persian words may be reversed. */
    public static boolean eitherWay(String text, String words) {
        return text.contains(words) || text.contains(new StringBuilder(words).reverse().toString());
    }
}
