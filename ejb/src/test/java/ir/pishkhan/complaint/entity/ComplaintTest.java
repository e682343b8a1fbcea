package ir.pishkhan.complaint.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ir.pishkhan.shared.error.BusinessException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A complaint's input checks, its single answer and the citizen's single rating after it. */
class ComplaintTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final String TEXT = "متصدی دفتر مبلغی بیش از تعرفه دریافت کرد و رسید نداد.";

    static Complaint complaint(String name, String mobile, String text) throws Exception {
        return new Complaint("AB3CD-EF4GH", ir.pishkhan.license.entity.LicenseTest.license(), name, mobile, text,
                LocalDate.of(2026, 11, 26), NOW);
    }

    static String code(ThrowingRunnable r) {
        return assertThrows(BusinessException.class, r::run).code();
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void inputIsCheckedAndNormalised() throws Exception {
        assertEquals("COMPLAINT_TEXT_LENGTH", code(() -> complaint(null, null, "کوتاه")));
        assertEquals("COMPLAINT_TEXT_LENGTH", code(() -> complaint(null, null, "ب".repeat(2001))));
        assertEquals("MOBILE_INVALID", code(() -> complaint(null, "12345", TEXT)));
        Complaint c = complaint("  علي  ", "۰۹۱۲۱۲۳۴۵۶۷", TEXT);
        assertEquals("علی", c.getCitizenName(), "Arabic yeh becomes Persian, spaces trimmed");
        assertEquals("09121234567", c.getCitizenMobile());
        assertEquals(null, complaint("", "", TEXT).getCitizenMobile(), "name and mobile are optional");
    }

    @Test
    void answeredOnceThenRatedOnce() throws Exception {
        Complaint c = complaint(null, null, TEXT);
        assertEquals("COMPLAINT_NOT_ANSWERED", code(() -> c.rate(5, null, NOW)));
        assertEquals("ANSWER_REQUIRED", code(() -> c.answer(true, "", "clerk", NOW)));
        c.answer(false, "بررسی شد؛ مبلغ مطابق تعرفه بود.", "clerk", NOW);
        assertEquals(Complaint.Status.REJECTED, c.getStatus());
        assertEquals("COMPLAINT_ALREADY_ANSWERED", code(() -> c.answer(true, "پذیرفته شد", "clerk", NOW)));
        assertEquals("RATING_OUT_OF_RANGE", code(() -> c.rate(6, null, NOW)));
        c.rate(2, "پاسخ قانع‌کننده نبود", NOW);
        assertEquals(2, c.getRating());
        assertEquals("ALREADY_RATED", code(() -> c.rate(5, null, NOW)));
    }
}
