package ir.pishkhan.rest.place;

import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.Province;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** JSON shapes of provinces and counties. */
public final class PlaceViews {

    private PlaceViews() {
    }

    public record ProvinceView(long id, String code, String nameFa, String nameEn) {
        public static ProvinceView of(Province p) {
            return new ProvinceView(p.getId(), p.getCode(), p.getNameFa(), p.getNameEn());
        }
    }

    public record CountyView(long id, long provinceId, String provinceNameFa, String nameFa, String nameEn,
                             long version) {
        public static CountyView of(County c) {
            return new CountyView(c.getId(), c.getProvince().getId(), c.getProvince().getNameFa(), c.getNameFa(),
                    c.getNameEn(), c.getVersion());
        }
    }

    public record NewCounty(
            @NotNull(message = "استان را مشخص کنید.") Long provinceId,
            @NotBlank(message = "نام فارسی شهرستان لازم است.") @Size(max = 100, message = "نام فارسی حداکثر ۱۰۰ نویسه است.") String nameFa,
            @NotBlank(message = "نام لاتین شهرستان لازم است.") @Size(max = 100, message = "نام لاتین حداکثر ۱۰۰ نویسه است.") String nameEn,
            @Size(max = 1000, message = "دلیل حداکثر ۱۰۰۰ نویسه است.") String reason) {
    }

    public record CountyRename(
            @NotBlank(message = "نام فارسی شهرستان لازم است.") @Size(max = 100, message = "نام فارسی حداکثر ۱۰۰ نویسه است.") String nameFa,
            @NotBlank(message = "نام لاتین شهرستان لازم است.") @Size(max = 100, message = "نام لاتین حداکثر ۱۰۰ نویسه است.") String nameEn,
            Long version,
            @NotBlank(message = "دلیل تغییر نام لازم است.") @Size(max = 1000, message = "دلیل حداکثر ۱۰۰۰ نویسه است.") String reason) {
    }
}
