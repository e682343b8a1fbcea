package ir.pishkhan.rest.rollout;

import ir.pishkhan.rollout.boundary.Imports;
import ir.pishkhan.rollout.entity.ImportBatch;
import ir.pishkhan.rollout.entity.ImportSheet;
import ir.pishkhan.rollout.entity.ImportStatus;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.time.ClockProducer;
import java.time.Instant;
import java.util.List;

/** JSON shapes of roll-out imports and their dry run's errors. */
public final class ImportViews {

    private ImportViews() {
    }

    /**
     * An import: its file and fingerprint, the dry run's verdict (status CHECKED when no row has an
     * error, else HAS_ERRORS) and, once committed, the counts; {@code version} for the commit.
     */
    public record ImportView(long id, long provinceId, String provinceFa, String fileName, String fileSha256,
                             ImportStatus status, String statusFa, int rowsTotal, int errorRows, String checkedBy,
                             String checkedAt, String checkedAtJalali, int rowsDone, int createdCount, int updatedCount,
                             int unchangedCount, int failedCount, long version) {
        public static ImportView of(ImportBatch b) {
            Instant at = b.getCheckedAt();
            return new ImportView(b.getId(), b.getProvince().getId(), b.getProvince().getNameFa(), b.getFileName(),
                    b.getFileSha256(), b.getStatus(), b.getStatus().persianName(), b.getRowsTotal(), b.getErrorRows(),
                    b.getCheckedBy(), at.toString(), JalaliDates.format(at.atZone(ClockProducer.TEHRAN).toLocalDate()),
                    b.getRowsDone(), b.getCreatedCount(), b.getUpdatedCount(), b.getUnchangedCount(), b.getFailedCount(),
                    b.getVersion());
        }
    }

    /** One error: the sheet (code and Persian name), the row as the spreadsheet numbers it, the column and the message. */
    public record ErrorView(ImportSheet sheet, String sheetFa, int row, String column, String header, String message) {
        public static ErrorView of(Imports.ErrorLine e) {
            return new ErrorView(e.sheet(), e.sheetFa(), e.rowNo(), e.column(), e.header(), e.message());
        }
    }

    /** A page of errors: how many there are in all, where this page starts, and the page. */
    public record ErrorsView(long total, int offset, int limit, List<ErrorView> errors) {
        public static ErrorsView of(Imports.ErrorPage page, int limit) {
            return new ErrorsView(page.total(), page.offset(), limit, page.errors().stream().map(ErrorView::of).toList());
        }
    }
}
