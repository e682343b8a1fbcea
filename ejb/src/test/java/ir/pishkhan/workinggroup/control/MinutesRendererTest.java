package ir.pishkhan.workinggroup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The minutes PDF: what a session shows, that long agendas flow onto further pages, placeholders for gaps. */
class MinutesRendererTest {

    static MinutesData sample(int items) {
        List<MinutesData.Attendee> attendees = List.of(new MinutesData.Attendee("ali", "علی رضایی", true),
                new MinutesData.Attendee("maryam", "مریم احمدی", true), new MinutesData.Attendee("hasan", "حسن کریمی", false));
        List<MinutesData.Item> agenda = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            boolean decided = i % 2 == 1;
            agenda.add(new MinutesData.Item(100 + i, "0723-G-0001" + (i % 10) + "-4", "دفتر پیشخوان شمارهٔ " + i + " کوار",
                    "دریافت وجه اضافه یا غیررسمی", "متوسط", decided ? "مبلغ اضافه بابت کارمزد خدمات جانبی بوده است." : null,
                    decided ? List.of(new MinutesData.Vote("ali", "علی رضایی", "تعلیق (۳۰ روز)"),
                            new MinutesData.Vote("maryam", "مریم احمدی", "تعلیق (۳۰ روز)")) : List.of(),
                    decided ? "تعلیق (۳۰ روز)" : null, decided ? "تکرار تخلف با وجود اخطار کتبی پیشین." : null,
                    decided ? Instant.parse("2026-11-23T07:15:00Z") : null));
        }
        return new MinutesData("کوار", "فارس", LocalDate.of(2026, 11, 23), "10:30", "سالن جلسات ادارهٔ پست کوار",
                "دبیر کارگروه کوار", 3, 2, attendees, agenda, Instant.parse("2026-11-23T08:00:00Z"));
    }

    static String text(byte[] pdf, int page) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return Normalizer.normalize(new PdfTextExtractor(reader).getTextFromPage(page), Normalizer.Form.NFKC);
        } finally {
            reader.close();
        }
    }

    /** Persian words come out of a right-to-left line in visual order, so either way round counts. */
    static boolean containsEitherWay(String text, String words) {
        return text.contains(words) || text.contains(new StringBuilder(words).reverse().toString());
    }

    static int pages(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    @Test
    void aShortSessionFitsOnePageAndNamesTheLicenceAsWritten() throws Exception {
        byte[] pdf = new MinutesRenderer().render(sample(1));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(1, pages(pdf));
        String text = text(pdf, 1);
        assertTrue(text.contains("0723-G-00011-4"), text);
        Files.write(Path.of("target", "minutes-one.pdf"), pdf);
        assertTrue(text.contains("Vazirmatn") || new String(pdf, StandardCharsets.ISO_8859_1).contains("Vazirmatn"),
                "the Persian font is embedded");
    }

    @Test
    void aLongAgendaFlowsOntoFurtherPages() throws Exception {
        byte[] pdf = new MinutesRenderer().render(sample(40));
        assertTrue(pages(pdf) > 3, "40 items need several pages, got " + pages(pdf));
        Path out = Path.of("target", "minutes-sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void anEmptyAgendaStillRenders() throws Exception {
        MinutesData empty = new MinutesData("کوار", "فارس", LocalDate.of(2026, 11, 23), "10:30", "محل", null, 0, 1,
                List.of(), List.of(), Instant.parse("2026-11-23T08:00:00Z"));
        assertEquals(1, pages(new MinutesRenderer().render(empty)));
    }
}
