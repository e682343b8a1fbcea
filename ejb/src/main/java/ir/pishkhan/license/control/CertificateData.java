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
 * <p>A certificate never contradicts the verification page: the certificate of a licence that is
 * not active carries, across every page, a large diagonal mark with its status as the
 * verification page names it and the day it took effect («لغوشده — ۱۴۰۵/۰۹/۱۰»), and a line
 * saying what that means.
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
 * @param statusMark      the diagonal status mark, e.g. «لغوشده — ۱۴۰۵/۰۹/۱۰»; null for an
 *                        active licence, whose certificate has none
 * @param statusNote      the smaller line under the mark, e.g. «این پروانه اعتبار ندارد»
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
        String verificationUrl,
        String statusMark,
        String statusNote) implements java.io.Serializable {

    /** What the certificate of this licence shows, today, in the given zone (Tehran). */
    public static CertificateData of(ir.pishkhan.license.entity.License l, String verificationUrl, java.time.ZoneId zone) {
        String mark = null;
        String note = null;
        ir.pishkhan.license.entity.LicenseStatus status = l.getStatus();
        if (status != ir.pishkhan.license.entity.LicenseStatus.ACTIVE) {
            LocalDate since = l.statusSince(zone);
            mark = status.persianName() + (since == null ? "" : " — " + ir.pishkhan.shared.jalali.JalaliDates.format(since));
            note = status == ir.pishkhan.license.entity.LicenseStatus.SUSPENDED && l.getSuspendedUntil() != null
                    ? "فعالیت این دفتر تا پایان " + ir.pishkhan.shared.jalali.JalaliDates.format(l.getSuspendedUntil())
                            + " معلق است"
                    : status == ir.pishkhan.license.entity.LicenseStatus.SUSPENDED ? "فعالیت این دفتر معلق است"
                    : "این پروانه اعتبار ندارد";
        }
        return new CertificateData(l.getNumber(), l.getOfficeType().persianName(), l.getOfficeName(),
                l.getHolder().fullName(), l.getCounty().getProvince().getNameFa(), l.getCounty().getNameFa(),
                l.getLocality(), l.getAddress(), l.getIssueDate(), l.getExpiryDate(), verificationUrl, mark, note);
    }
}
