package ir.pishkhan.rollout.control;

/**
 * One row on its way through the import job: as staged (sheet, row number, cells) and as checked
 * again by {@link RowChecks} (its typed row, or its errors).
 */
public record ImportItem(Rows.Staged staged, Rows.Checked checked) implements java.io.Serializable {
}
