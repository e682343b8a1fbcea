package ir.pishkhan.license.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            URL,
            null,
            null);

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

    @Test
    void anActiveLicenceHasNoStatusMark() throws Exception {
        ir.pishkhan.license.entity.License active = ir.pishkhan.license.entity.LicenseTest.license();
        String text = allText(new CertificateRenderer().render(CertificateData.of(active, URL, TEHRAN)));
        for (ir.pishkhan.license.entity.LicenseStatus s : ir.pishkhan.license.entity.LicenseStatus.values()) {
            if (s != ir.pishkhan.license.entity.LicenseStatus.ACTIVE) {
                assertFalse(containsEitherWay(text, s.persianName()), s + " in " + text);
            }
        }
        assertFalse(containsEitherWay(text, "اعتبار ندارد"), text);
    }

    @Test
    void aRevokedLicenceCarriesItsStatusAndDayAcrossThePage() throws Exception {
        ir.pishkhan.license.entity.License revoked = ir.pishkhan.license.entity.LicenseTest.license();
        revoked.revoke(LocalDate.of(2026, 12, 1), "تأیید استان", "official", java.time.Instant.parse("2026-12-01T06:00:00Z"));
        byte[] pdf = new CertificateRenderer().render(CertificateData.of(revoked, URL, TEHRAN));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate-revoked.pdf"), pdf);
        String text = allText(pdf);
        assertTrue(containsEitherWay(text, "لغوشده"), text);
        assertTrue(text.contains("۱۴۰۵/۰۹/۱۰"), "the Jalali day of revocation: " + text);
        assertTrue(containsEitherWay(text, "این پروانه اعتبار ندارد"), text);
        assertContainsIn(text, revoked.getNumber());
    }

    @Test
    void aSuspendedLicenceSaysUntilWhen() throws Exception {
        ir.pishkhan.license.entity.License suspended = ir.pishkhan.license.entity.LicenseTest.license();
        suspended.suspend(LocalDate.of(2026, 12, 30), "تصمیم کارگروه", "sec", java.time.Instant.parse("2026-12-01T06:00:00Z"));
        byte[] pdf = new CertificateRenderer().render(CertificateData.of(suspended, URL, TEHRAN));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate-suspended.pdf"), pdf);
        String text = allText(pdf);
        assertTrue(containsEitherWay(text, "تعلیق"), text);
        assertTrue(text.contains("۱۴۰۵/۰۹/۱۰") && text.contains("۱۴۰۵/۱۰/۰۹"), "since and until: " + text);
    }

    @Test
    void aSurrenderedLicencesLongStatusStillFitsThePage() throws Exception {
        ir.pishkhan.license.entity.License surrendered = ir.pishkhan.license.entity.LicenseTest.license();
        surrendered.surrender("بازنشستگی", "clerk", java.time.Instant.parse("2026-12-01T06:00:00Z"));
        byte[] pdf = new CertificateRenderer().render(CertificateData.of(surrendered, URL, TEHRAN));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate-surrendered.pdf"), pdf);
        assertTrue(containsEitherWay(allText(pdf), "دارنده"));
    }

    private static final java.time.ZoneId TEHRAN = java.time.ZoneId.of("Asia/Tehran");

    private static String allText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(Normalizer.normalize(new PdfTextExtractor(reader).getTextFromPage(page), Normalizer.Form.NFKC));
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }

    private static boolean containsEitherWay(String text, String words) {
        return text.contains(words) || text.contains(new StringBuilder(words).reverse().toString());
    }

    private static void assertContainsIn(String text, String expected) {
        assertTrue(containsEitherWay(text, expected), () -> "«" + expected + "» not in:\n" + text);
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
