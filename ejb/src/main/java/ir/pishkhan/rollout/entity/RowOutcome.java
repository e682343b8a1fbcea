package ir.pishkhan.rollout.entity;

/** What committing one row did: written new, changed an existing record, found it as it was, or could not. */
public enum RowOutcome {
    CREATED, UPDATED, UNCHANGED, FAILED
}
