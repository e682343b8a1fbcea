package ir.pishkhan.license.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import ir.pishkhan.shared.jalali.JalaliDates;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateRendererTest {

    private static final String NUMBER = "0723-G-00017-4";
    private static final String URL = "https://pishkhan.example/verify/0723-G-00017-4";
    private static final LocalDate ISSUED = LocalDate.of(2025, 3, 21);
    private static final LocalDate EXPIRES = LocalDate.of(2030, 3, 21);

    private static final CertificateData SAMPLE = new CertificateData(
            NUMBER,
            "دفتر پیشخوان خدمات دولت",
            "دفتر پیشخوان شمارهٔ ۱۲ کوار",
            "مریم کاظمی",
            "فارس",
            "کوار",
            "شهر کوار",
            "کوار، بلوار امام خمینی، نبش کوچهٔ ۱۲، پلاک ۴۵",
            ISSUED,
            EXPIRES,
            URL);

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws Exception {
        pdf = new CertificateRenderer().render(SAMPLE);
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages(), "the certificate is one page");
            // Shaped Persian is drawn with presentation forms (U+FB50–U+FEFF); NFKC maps them
            // back to the ordinary letters.
            text = Normalizer.normalize(new PdfTextExtractor(reader).getTextFromPage(1), Normalizer.Form.NFKC);
        } finally {
            reader.close();
        }
    }

    @Test
    void isAOnePagePdf() throws Exception {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages());
            assertEquals("پروانهٔ فعالیت دفتر پیشخوان خدمات دولت — " + NUMBER, reader.getInfo().get("Title"));
            assertTrue(reader.getInfo().get("Author") != null && !reader.getInfo().get("Author").isBlank());
        } finally {
            reader.close();
        }
    }

    @Test
    void jalaliDatesOfTheSample() {
        assertEquals("۱۴۰۴/۰۱/۰۱", JalaliDates.format(ISSUED));
        assertEquals("۱۴۰۹/۰۱/۰۱", JalaliDates.format(EXPIRES));
    }

    @Test
    void showsNumberCountyAndDates() {
        assertContains(NUMBER);
        assertContains("کوار");
        assertContains("۱۴۰۴/۰۱/۰۱");
        assertContains("۱۴۰۹/۰۱/۰۱");
    }

    @Test
    void qrCodeEncodesTheVerificationUrl() throws Exception {
        assertEquals(URL, decode(CertificateRenderer.qr(URL, 300)));
        // What render draws: one pixel per module, quiet zone included.
        assertEquals(URL, decode(scaled(CertificateRenderer.qr(URL, 0), 8)));
    }

    @Test
    void ezafeKeepsItsHamzaThroughShaping() {
        // After a joining letter: U+06C0, shaped to its final form; otherwise heh, RLM, hamza.
        assertEquals("پروان\u06C0", CertificateRenderer.forShaping("پروانه\u0654"));
        assertEquals("شمار\u0647\u200F\u0654 پروانه", CertificateRenderer.forShaping("شماره\u0654 پروانه"));
        assertEquals("شمار\u0647\u200F\u0654", CertificateRenderer.forShaping("شمار\u06C0"));
    }

    /**
     * The text extractor returns text in the order it is drawn on the page. OpenPDF draws a
     * right-to-left line in visual order, left to right, so a Persian word may come out with its
     * letters reversed («راوک» for «کوار»), while a run that the bidirectional algorithm keeps
     * left to right (the licence number, the digits of a date) comes out as written. A string
     * counts as present if it occurs either way round.
     */
    private static void assertContains(String expected) {
        String reversed = new StringBuilder(expected).reverse().toString();
        assertTrue(text.contains(expected) || text.contains(reversed),
                () -> "«" + expected + "» not in the extracted text:\n" + text);
    }

    private static String decode(BitMatrix matrix) throws Exception {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        LuminanceSource source = new RGBLuminanceSource(width, height, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    private static BitMatrix scaled(BitMatrix m, int factor) {
        BitMatrix big = new BitMatrix(m.getWidth() * factor, m.getHeight() * factor);
        for (int y = 0; y < big.getHeight(); y++) {
            for (int x = 0; x < big.getWidth(); x++) {
                if (m.get(x / factor, y / factor)) {
                    big.set(x, y);
                }
            }
        }
        return big;
    }
}
