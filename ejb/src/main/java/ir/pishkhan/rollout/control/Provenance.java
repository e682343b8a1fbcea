package ir.pishkhan.rollout.control;

import ir.pishkhan.rollout.entity.ImportSheet;

/**
 * Where an imported object came from, as its audit record and history event say it: the file's
 * SHA-256, the sheet's Persian name and the row as the spreadsheet numbers it —
 * {@code sha256:<hash> sheet:<sheet> row:<n>}. A fixed, machine-readable form (like an action
 * code), so an auditor finds every object of one file, or the row behind one object, by search.
 */
public final class Provenance {

    private Provenance() {
    }

    /** The reason of everything one row of one file brought in. */
    public static String reason(String sha256, ImportSheet sheet, int rowNo) {
        return "sha256:" + sha256 + " sheet:" + sheet.persianName() + " row:" + rowNo;
    }
}
