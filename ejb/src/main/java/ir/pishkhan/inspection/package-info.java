/**
 * Inspections of offices (بازرسی دفاتر): periodic (each office at least every six months) and ad
 * hoc visits with the standard checklist. A failed item opens a violation report linked to the
 * inspection; the inspector sees the office's earlier inspections and violations.
 */
package ir.pishkhan.inspection;
