package ir.pishkhan.rest.config;

import ir.pishkhan.security.boundary.Users;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.security.entity.ScopeType;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.config.Setting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * The deployment's settings as this node uses them, for administrators checking a server's
 * configuration: each setting's environment variable, its value (passwords never shown), and
 * where the value comes from. National administrators only.
 */
@Path("settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class SettingsResource {

    @Inject
    Users users;

    /**
     * One setting. {@code value}: what the application uses (the default when nothing sets it;
     * {@code "********"} for a password that is set); {@code source}: {@code environment},
     * {@code system property}, another configuration source's name, or {@code default}.
     */
    public record SettingView(String key, String variable, String value, String defaultValue, String source) {
    }

    @GET
    public List<SettingView> list() {
        // A province administrator holds ADMIN too; a server's configuration is national.
        if (!users.me().holds(Role.ADMIN, ScopeType.NATIONAL)) {
            throw BusinessException.forbidden();
        }
        return Arrays.stream(Setting.values()).map(s -> new SettingView(s.key(), s.variable(),
                s.secret() ? s.configured().map(v -> "********").orElse(null) : s.text(), s.defaultValue(),
                s.source().map(SettingsResource::sourceName).orElse("default"))).toList();
    }

    private static String sourceName(String name) {
        if (name.contains("EnvConfigSource")) {
            return "environment";
        }
        if (name.contains("SysPropConfigSource")) {
            return "system property";
        }
        return name;
    }
}
