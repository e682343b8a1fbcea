package ir.pishkhan.license.entity;

import java.time.LocalDate;

/** One transfer check as the clerk recorded it: which, on what day, passed or not, and its reference. */
public record TransferCheckResult(TransferCheck check, LocalDate date, boolean passed, String reference)
        implements java.io.Serializable {
}
