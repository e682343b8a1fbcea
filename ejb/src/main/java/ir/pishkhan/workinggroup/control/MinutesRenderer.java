package ir.pishkhan.workinggroup.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.pdf.PersianPdf;
import ir.pishkhan.shared.text.PersianText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Renders the minutes (صورت‌جلسه) of a working-group session as an A4 PDF in Persian, right to
 * left: the session, who attended against the quorum, then for each report on the agenda the
 * office, the violation, the defence, every member's vote and the decision with its rationale,
 * and a signature block. Tables split across pages with their header rows repeated, so a long
 * agenda flows onto further pages and nothing is cut. Uses {@link PersianPdf} for shaping.
 *
 * <p>The output depends on the {@link MinutesData} alone (not on when it is rendered): the
 * minutes a decision froze render to the same bytes every time.
 */
public final class MinutesRenderer {

    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color ACCENT = new Color(0x0B, 0x4F, 0x6C);
    private static final Color RULE = new Color(0xB8, 0xC4, 0xCC);
    private static final Color SHADE = new Color(0xEE, 0xF3, 0xF6);
    private static final Color MUTED = new Color(0x55, 0x5F, 0x66);
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    /** Creates a renderer; it holds no state. */
    public MinutesRenderer() {
    }

    public byte[] render(MinutesData data) {
        Fonts f = new Fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 48, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(data, f));
            document.addTitle("صورت‌جلسهٔ کارگروه");
            document.open();
            // The same record always gives the same bytes: the audit trail keeps their SHA-256.
            PersianPdf.reproducible(writer, data.producedAt(), data.toString());

            PdfPTable title = PersianPdf.rtlTable(1, 100);
            title.addCell(PersianPdf.cell("صورت‌جلسهٔ کارگروه رسیدگی به تخلفات دفاتر پیشخوان", f.title, PersianPdf.START));
            title.addCell(PersianPdf.cell("شهرستان " + text(data.countyFa()) + " (استان " + text(data.provinceFa()) + ")",
                    f.subtitle, PersianPdf.START));
            title.setSpacingAfter(8);
            document.add(title);

            PdfPTable session = PersianPdf.rtlTable(4, 100);
            // In a right-to-left table the widths run from the left edge: value, label, value, label.
            session.setWidths(new float[] {2f, 1.2f, 2f, 1.2f});
            labelled(session, f, "تاریخ جلسه", digits(JalaliDates.format(data.sessionDate())));
            labelled(session, f, "ساعت", digits(text(data.sessionTime())));
            labelled(session, f, "محل", text(data.place()));
            labelled(session, f, "دبیر", text(data.secretaryName()));
            long present = data.attendees().stream().filter(MinutesData.Attendee::present).count();
            PdfPCell quorum = framed("اعضای حاضر: " + digits(present + " از " + data.members()) + " (حد نصاب: "
                    + digits(String.valueOf(data.quorum())) + ") — " + (present >= data.quorum() ? "جلسه رسمی است."
                    : "جلسه به حد نصاب نرسید."), f.bold, SHADE);
            quorum.setColspan(4);
            session.addCell(quorum);
            session.setSpacingAfter(10);
            document.add(session);

            document.add(heading("حاضران و غایبان", f));
            PdfPTable attendance = PersianPdf.rtlTable(2, 70);
            attendance.setHorizontalAlignment(PersianPdf.END);
            attendance.setWidths(new float[] {1f, 3f});
            attendance.setHeaderRows(1);
            attendance.addCell(framed("عضو کارگروه", f.bold, SHADE));
            attendance.addCell(framed("حضور", f.bold, SHADE));
            for (MinutesData.Attendee a : data.attendees()) {
                attendance.addCell(framed(a.displayName(), f.value, null));
                attendance.addCell(framed(a.present() ? "حاضر" : "غایب", f.value, null));
            }
            attendance.setSpacingAfter(12);
            document.add(attendance);

            document.add(heading("دستور جلسه و تصمیم‌ها", f));
            if (data.items().isEmpty()) {
                document.add(paragraph("گزارشی در دستور این جلسه نبود.", f.value));
            }
            int n = 0;
            for (MinutesData.Item item : data.items()) {
                document.add(item(++n, item, f));
            }

            PdfPTable signatures = PersianPdf.rtlTable(2, 100);
            signatures.setSpacingBefore(18);
            signatures.setKeepTogether(true);
            signatures.addCell(plain("امضای دبیر کارگروه: " + text(data.secretaryName()), f.value));
            signatures.addCell(plain("امضای اعضای حاضر:", f.value));
            for (MinutesData.Attendee a : data.attendees()) {
                if (a.present()) {
                    signatures.addCell(plain("", f.value));
                    signatures.addCell(plain(a.displayName() + " ....................", f.value));
                }
            }
            document.add(signatures);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the minutes", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** One agenda item: a table that may split across pages, but whose rows stay whole. */
    private static PdfPTable item(int n, MinutesData.Item item, Fonts f) throws DocumentException {
        PdfPTable t = PersianPdf.rtlTable(2, 100);
        t.setWidths(new float[] {4f, 1.3f});
        t.setSplitLate(false);
        t.setSpacingAfter(12);
        PdfPCell head = framed("بند " + digits(String.valueOf(n)) + " — گزارش شمارهٔ " + digits(String.valueOf(item.reportId())),
                f.bold, SHADE);
        head.setColspan(2);
        t.addCell(head);
        t.setHeaderRows(1);
        row(t, f, "دفتر", text(item.officeName()));
        // The number alone in its cell: mixed into Persian text the bidi algorithm reorders it.
        row(t, f, "شمارهٔ پروانه", PersianPdf.ltr(item.licenseNumber()));
        row(t, f, "تخلف", text(item.categoryFa()) + " (شدت: " + text(item.severityFa()) + ")");
        row(t, f, "دفاعیهٔ دفتر", item.defenceSummary() == null || item.defenceSummary().isBlank()
                ? "دفاعیه‌ای ثبت نشده است" : item.defenceSummary());
        StringBuilder votes = new StringBuilder();
        for (MinutesData.Vote v : item.votes()) {
            votes.append(votes.length() == 0 ? "" : "؛ ").append(v.displayName()).append(": ").append(v.voteFa());
        }
        row(t, f, "آرای اعضا", votes.length() > 0 ? digits(votes.toString())
                : item.decided() ? "رأیی ثبت نشده است" : "رأی‌گیری پایان نیافته است");
        row(t, f, "تصمیم", item.decisionFa() == null ? "تصمیم‌گیری نشده" : digits(item.decisionFa()));
        if (item.decidedAt() != null) {
            row(t, f, "زمان تصمیم", timeOf(item.decidedAt()));
        }
        if (item.rationale() != null && !item.rationale().isBlank()) {
            row(t, f, "استدلال", item.rationale());
        }
        return t;
    }

    private static void row(PdfPTable t, Fonts f, String label, String value) {
        t.addCell(framed(label, f.bold, SHADE));
        t.addCell(framed(value, f.value, null));
    }

    private static void labelled(PdfPTable t, Fonts f, String label, String value) {
        t.addCell(framed(label, f.bold, SHADE));
        t.addCell(framed(value, f.value, null));
    }

    private static PdfPCell framed(String text, Font font, Color background) {
        PdfPCell c = PersianPdf.cell(text, font, PersianPdf.START);
        c.setBorder(Rectangle.BOX);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        c.setPadding(5);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell c = PersianPdf.cell(text, font, PersianPdf.START);
        c.setPaddingTop(8);
        return c;
    }

    private static PdfPTable heading(String text, Fonts f) {
        PdfPTable t = PersianPdf.rtlTable(1, 100);
        PdfPCell c = PersianPdf.cell(text, f.heading, PersianPdf.START);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(ACCENT);
        c.setPaddingBottom(4);
        t.addCell(c);
        t.setSpacingAfter(6);
        return t;
    }

    private static PdfPTable paragraph(String text, Font font) {
        PdfPTable t = PersianPdf.rtlTable(1, 100);
        t.addCell(PersianPdf.cell(text, font, PersianPdf.START));
        return t;
    }

    private static String digits(String s) {
        return PersianText.digitsToPersian(s);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** A moment as a Tehran day and time: «۱۴۰۵/۰۹/۱۰ ساعت ۱۰:۴۵». */
    private static String timeOf(java.time.Instant instant) {
        ZonedDateTime at = instant.atZone(TEHRAN);
        return JalaliDates.format(at.toLocalDate()) + " ساعت "
                + PersianText.digitsToPersian(at.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** Footer on every page: when the minutes were produced, and the page number. */
    private static final class Footer extends PdfPageEventHelper {
        private final String produced;
        private final Fonts fonts;

        Footer(MinutesData data, Fonts fonts) {
            this.produced = "تهیه‌شده در " + timeOf(data.producedAt());
            this.fonts = fonts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfPTable t = PersianPdf.rtlTable(2, 100);
            t.setTotalWidth(document.right() - document.left());
            t.addCell(PersianPdf.cell(produced, fonts.footer, PersianPdf.START));
            t.addCell(PersianPdf.cell("صفحهٔ " + PersianText.digitsToPersian(String.valueOf(writer.getPageNumber())),
                    fonts.footer, PersianPdf.END));
            t.writeSelectedRows(0, -1, document.left(), document.bottom() - 12, writer.getDirectContent());
        }
    }

    /** The fonts of one rendering ({@link Font} is mutable, so they are not shared). */
    private static final class Fonts {
        final Font title = new Font(PersianPdf.BOLD, 16, Font.NORMAL, ACCENT);
        final Font subtitle = new Font(PersianPdf.REGULAR, 12.5f, Font.NORMAL, INK);
        final Font heading = new Font(PersianPdf.BOLD, 12.5f, Font.NORMAL, ACCENT);
        final Font bold = new Font(PersianPdf.BOLD, 10.5f, Font.NORMAL, INK);
        final Font value = new Font(PersianPdf.REGULAR, 10.5f, Font.NORMAL, INK);
        final Font footer = new Font(PersianPdf.REGULAR, 8.5f, Font.NORMAL, MUTED);
    }
}
