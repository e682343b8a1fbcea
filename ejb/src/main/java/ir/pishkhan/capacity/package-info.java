/**
 * County capacity and the waitlist (ظرفیت و صف انتظار): capacity books per county and office
 * type, applicants and their applications, and invitations that reserve a freed slot. The
 * capacity book's row lock is what keeps occupancy from ever passing capacity.
 */
package ir.pishkhan.capacity;
