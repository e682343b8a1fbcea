package ir.pishkhan.place.entity;

import ir.pishkhan.shared.error.BusinessException;

/** The place context's refusals that more than one class gives, written once. */
public final class PlaceRefusals {

    private PlaceRefusals() {
    }

    public static BusinessException provinceNotFound() {
        return BusinessException.notFound("PROVINCE_NOT_FOUND", "استان یافت نشد.", "Province not found.");
    }

    public static BusinessException countyNotFound() {
        return BusinessException.notFound("COUNTY_NOT_FOUND", "شهرستان یافت نشد.", "County not found.");
    }

    static BusinessException countyNameInvalid(String persianWhich, String englishWhich) {
        return BusinessException.invalid("COUNTY_NAME_INVALID",
                "نام " + persianWhich + " شهرستان باید بین ۱ تا ۱۰۰ نویسه باشد.",
                "The county's " + englishWhich + " name must be 1 to 100 characters.");
    }
}
