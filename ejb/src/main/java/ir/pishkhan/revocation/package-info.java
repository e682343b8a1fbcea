/**
 * Revocation (لغو پروانه): a case opened by the working group's REVOCATION_RECOMMENDED decision
 * and decided in the province — approved, rejected with a reason, or returned for more
 * information — by an official who did not vote on it. Approval revokes the licence, ends its
 * contracts, closes the office and hands the slot to the next applicant, all at once.
 */
package ir.pishkhan.revocation;
