/**
 * Working days (روزهای کاری): which days count when a deadline is "N working days" away. Every
 * deadline in the product asks {@link ir.pishkhan.calendar.control.WorkingCalendar}; the
 * per-province calendar (weekly days off, public holidays, ad-hoc closures) implements it.
 */
package ir.pishkhan.calendar;
