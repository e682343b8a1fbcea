/**
 * The county working group (کارگروه رسیدگی به تخلفات): sessions scheduled by the secretary, their
 * agendas and attendance, each member's vote, and decisions taken with a quorum and a written
 * rationale — suspending a licence or recommending its revocation to the province — with the
 * minutes (صورت‌جلسه) as a Persian PDF.
 */
package ir.pishkhan.workinggroup;
