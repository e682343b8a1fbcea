/**
 * Citizens' complaints (شکایات مردمی) about offices: filed anonymously on the public page with a
 * tracking code, answered by the county post office within three working days, rated by the
 * citizen after the answer. An accepted complaint becomes a violation report.
 */
package ir.pishkhan.complaint;
