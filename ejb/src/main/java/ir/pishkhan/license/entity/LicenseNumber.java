package ir.pishkhan.license.entity;

import ir.pishkhan.office.entity.OfficeType;

/**
 * A licence number as it is kept and looked up (شمارهٔ پروانه): either one this system issues
 * ({@code CCCC-T-SSSSS-D}, valid check digit), which says which county, office type and serial it
 * belongs to, or one issued by an old register, kept as issued in its normal form and encoding
 * nothing. Made from typed text by {@code LicenseNumbers.parse}.
 *
 * @param value      the number in the form it is stored and looked up in
 * @param countyId   the county a number of this system's shape encodes; null for a legacy number
 * @param officeType the office type it encodes; null for a legacy number
 * @param serial     the serial within that county and type; null for a legacy number
 */
public record LicenseNumber(String value, Long countyId, OfficeType officeType, Integer serial) {

    /** The longest number kept (the column's width): old registers' numbers may be longer than ours. */
    public static final int MAX_LENGTH = 40;

    /** A number of this system's own shape, already checked (canonical form). */
    public static LicenseNumber issuedHere(String canonical, long countyId, OfficeType officeType, int serial) {
        return new LicenseNumber(canonical, countyId, officeType, serial);
    }

    /** A number from an old register, in its normal form. */
    public static LicenseNumber legacy(String normalForm) {
        return new LicenseNumber(normalForm, null, null, null);
    }

    /** Whether the number has this system's own shape (and so names a county and office type). */
    public boolean isIssuedHere() {
        return countyId != null;
    }
}
