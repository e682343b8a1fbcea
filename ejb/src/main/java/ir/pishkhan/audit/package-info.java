/**
 * Audit trail (ردپای ممیزی): an append-only, hash-chained record of every change of state, with
 * who, when, what, before and after, and why. Auditors browse, export and verify it.
 */
package ir.pishkhan.audit;
