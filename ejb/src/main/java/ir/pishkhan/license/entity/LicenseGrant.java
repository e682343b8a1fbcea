package ir.pishkhan.license.entity;

import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;

/**
 * What a licence is granted as: its number, to whom, for which county and office type, and on
 * which application (none for licences recorded without one).
 */
public record LicenseGrant(String number, Applicant holder, County county, OfficeType officeType, Long applicationId) {
}
