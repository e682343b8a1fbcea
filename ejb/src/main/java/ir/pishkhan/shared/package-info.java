/**
 * The shared kernel: Jalali dates, Persian text normalisation, national codes, typed business
 * errors, the clock, deployment settings and database migrations. Nothing here knows a bounded
 * context.
 */
package ir.pishkhan.shared;
