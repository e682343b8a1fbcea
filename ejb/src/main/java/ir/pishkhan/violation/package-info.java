/**
 * Violations (تخلفات) of counter offices: configurable categories with severity and points,
 * reports from agencies, accepted complaints, failed inspections or the system, the office's
 * notice and defence, the working group's decision, and the repeat-offence ladder that suggests
 * a harsher sanction for an office that keeps offending.
 */
package ir.pishkhan.violation;
