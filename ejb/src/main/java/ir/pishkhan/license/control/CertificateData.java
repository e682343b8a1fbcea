package ir.pishkhan.license.control;

import java.time.LocalDate;

/**
 * What the printed licence certificate (پروانهٔ فعالیت) of a counter office shows, already in the
 * form it is printed: every text in Persian as the office holder reads it, the dates as ISO
 * dates (the certificate prints them in the Jalali calendar with Persian digits).
 *
 * <p>The certificate is a one-page A4 document, right to left, rendered by
 * {@link CertificateRenderer}: a title «پروانهٔ فعالیت» followed by the office type, labelled
 * rows for the licence number, office name, holder, province and county, locality, address,
 * issue date and expiry date, a QR code that encodes {@link #verificationUrl()} so that anyone
 * holding the paper can check it on the public verification page, and a footer saying that the
 * licence can be verified by that code or by its number.
 *
 * @param licenseNumber   the licence number in canonical form, e.g. {@code 0723-G-00017-0}
 *                        (Latin letters and ASCII digits; printed left to right)
 * @param officeTypeFa    the office type in Persian as it follows «پروانهٔ فعالیت» in the title,
 *                        e.g. «دفتر پیشخوان خدمات دولت»
 * @param officeName      the office's name, e.g. «دفتر پیشخوان شمارهٔ ۱۲ کوار»
 * @param holderName      the full name of the licence holder (دارندهٔ پروانه)
 * @param provinceFa      the province (استان) in Persian
 * @param countyFa        the county (شهرستان) in Persian
 * @param locality        the locality (محل): city, district or village the licence is valid in
 * @param address         the office's postal address (نشانی)
 * @param issueDate       the day the licence was issued (تاریخ صدور)
 * @param expiryDate      the last day the licence is valid (تاریخ اعتبار تا)
 * @param verificationUrl the public URL that verifies this licence; the QR code encodes it
 */
public record CertificateData(
        String licenseNumber,
        String officeTypeFa,
        String officeName,
        String holderName,
        String provinceFa,
        String countyFa,
        String locality,
        String address,
        LocalDate issueDate,
        LocalDate expiryDate,
        String verificationUrl) implements java.io.Serializable {
}
