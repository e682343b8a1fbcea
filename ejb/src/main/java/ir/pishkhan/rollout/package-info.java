/**
 * The roll-out (ورود اطلاعات موجود): a province administrator brings in the offices, licences,
 * service contracts, capacity, waitlists and accounts that exist today, from an Excel workbook
 * or CSV files. Every file is checked first (the dry run, which changes nothing in the register)
 * and then committed by a Jakarta Batch job, chunk by chunk, idempotent by natural keys.
 */
package ir.pishkhan.rollout;
