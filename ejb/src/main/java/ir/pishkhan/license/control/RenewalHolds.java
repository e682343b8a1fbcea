package ir.pishkhan.license.control;

import ir.pishkhan.license.entity.License;

/**
 * What may hold a licence's renewal back, asked by the renewal: implemented by the contexts above
 * licensing that can hold it (a revocation case still open), so licensing names none of them.
 */
public interface RenewalHolds {

    /** Whether a revocation case of the licence is still open (open, or returned to the county). */
    boolean revocationCaseOpen(License license);
}
