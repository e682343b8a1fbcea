package ir.pishkhan.rollout.control;

import jakarta.enterprise.context.Dependent;

/**
 * Checks one staged row of a roll-out file and turns it into its typed row ({@link Rows}): every
 * format, required cell, national code, county of the import's province, and the dates' order.
 * The dry run and the batch job use the same checks, so a row the job writes is one the dry run
 * accepted.
 */
@Dependent
public class RowChecks {

    /** The row typed ({@link Rows.Checked#row()}: one of the records of {@link Rows}), or its errors. */
    public Rows.Checked check(Rows.Staged row, long provinceId) {
        throw new UnsupportedOperationException("written by the dry-run work");
    }
}
