/**
 * Licences (پروانه): issuance from the waitlist or directly, renewal, relocation, transfer and
 * surrender, each an event in the licence's history; numbers with a check digit; the PDF
 * certificate with its QR code; and public verification.
 */
package ir.pishkhan.license;
