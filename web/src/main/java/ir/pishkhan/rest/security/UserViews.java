package ir.pishkhan.rest.security;

import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.RoleGrant;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.security.entity.UserAccount;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.time.ClockProducer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** JSON shapes of user accounts and role grants. Password hashes never leave the server. */
public final class UserViews {

    private UserViews() {
    }

    public record GrantView(long id, Role role, String roleFa, ScopeType scopeType, long scopeId, String agency) {
        public static GrantView of(RoleGrant g) {
            return new GrantView(g.getId(), g.getRole(), g.getRole().persianName(), g.getScopeType(), g.getScopeRef(),
                    g.getAgency() == null ? null : g.getAgency().name());
        }
    }

    /**
     * An account. {@code homeProvinceId}: the province whose administrators manage it (null: a
     * national account); {@code mustChangePassword}: it holds a one-time password not changed yet.
     */
    public record UserView(String username, String displayName, boolean enabled, boolean locked,
                           String lastLoginAt, String lastLoginAtJalali, String email, String mobile,
                           Long homeProvinceId, boolean mustChangePassword, List<GrantView> grants) {
        public static UserView of(UserAccount u) {
            Instant last = u.getLastLoginAt();
            return new UserView(u.getUsername(), u.getDisplayName(), u.isEnabled(), u.isLocked(Instant.now()),
                    last == null ? null : last.toString(),
                    last == null ? null : JalaliDates.format(last.atZone(ClockProducer.TEHRAN).toLocalDate()),
                    u.getEmail(), u.getMobile(), u.getHomeProvince() == null ? null : u.getHomeProvince().getId(),
                    u.isMustChangePassword(), u.getGrants().stream().map(GrantView::of).toList());
        }
    }

    /**
     * A new account. {@code homeProvinceId}: the province it belongs to (a province administrator's
     * accounts always belong to their province; null from a national administrator: a national
     * account). {@code oneTimePassword}: the password must be changed at the first sign-in.
     */
    public record NewUser(
            @NotBlank(message = "نام کاربری لازم است.") @Size(max = 64, message = "نام کاربری حداکثر ۶۴ نویسه است.") String username,
            @NotBlank(message = "نام و نام خانوادگی لازم است.") @Size(max = 150, message = "نام حداکثر ۱۵۰ نویسه است.") String displayName,
            @NotBlank(message = "گذرواژه لازم است.") String password,
            Long homeProvinceId,
            Boolean oneTimePassword) {
    }

    public record NewGrant(
            @NotNull(message = "نقش را مشخص کنید.") Role role,
            @NotNull(message = "نوع محدوده را مشخص کنید.") ScopeType scopeType,
            Long scopeId,
            ir.pishkhan.office.entity.Agency agency,
            @Size(max = 1000, message = "دلیل حداکثر ۱۰۰۰ نویسه است.") String reason) {
    }

    /** A new password for someone; {@code oneTimePassword}: they must change it at the next sign-in (default: no). */
    public record PasswordReset(
            @NotBlank(message = "گذرواژهٔ تازه لازم است.") String newPassword,
            @Size(max = 1000, message = "دلیل حداکثر ۱۰۰۰ نویسه است.") String reason,
            Boolean oneTimePassword) {
    }

    /** The province an account belongs to (null: a national account). */
    public record HomeProvince(
            Long provinceId,
            @Size(max = 1000, message = "دلیل حداکثر ۱۰۰۰ نویسه است.") String reason) {
    }

    public record PasswordChange(
            @NotBlank(message = "گذرواژهٔ فعلی لازم است.") String currentPassword,
            @NotBlank(message = "گذرواژهٔ تازه لازم است.") String newPassword) {
    }

    public record EnabledChange(
            @NotNull(message = "فعال یا غیرفعال بودن را مشخص کنید.") Boolean enabled,
            @Size(max = 1000, message = "دلیل حداکثر ۱۰۰۰ نویسه است.") String reason) {
    }
}
