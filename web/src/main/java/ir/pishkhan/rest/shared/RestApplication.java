package ir.pishkhan.rest.shared;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. Resources are thin adapters onto the boundaries in the ejb
 * module: they translate JSON records to calls and results to JSON, and nothing else. Clients
 * authenticate with HTTP Basic; the OpenAPI document is served at {@code /openapi}. What the
 * document says about the API as a whole is declared here; what it says about each operation
 * (identifier, tag, summary, security, error answers) is derived by {@link OpenApiConventions}.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "Pishkhan — سامانه صدور و پایش پروانه دفاتر پیشخوان",
                version = "1.0",
                description = """
                        Licensing and compliance of Iran's government counter offices (دفاتر پیشخوان \
                        خدمات دولت) and rural ICT offices: places and capacity, licences, violations, \
                        working groups, revocations, inspections, complaints, reports and scheduled checks.

                        Sign in with HTTP Basic. What a caller sees and changes is limited to the scope \
                        of its roles (a county, a province, an office or the whole country). Dates are \
                        ISO dates; fields ending in `Jalali` give the same date in the Persian calendar. \
                        Every error is an RFC 9457 problem document (`application/problem+json`) with a \
                        stable `code` and Persian `titleFa` and `detailFa`.""",
                license = @License(name = "Proprietary")),
        externalDocs = @ExternalDocumentation(
                description = "The error format: RFC 9457, Problem Details for HTTP APIs",
                url = "https://www.rfc-editor.org/rfc/rfc9457"),
        components = @Components(
                securitySchemes = @SecurityScheme(
                        securitySchemeName = OpenApiConventions.SECURITY_SCHEME,
                        type = SecuritySchemeType.HTTP,
                        scheme = "basic",
                        description = "Username and password of a Pishkhan account. Repeated wrong passwords "
                                + "lock the account for a while (401 ACCOUNT_LOCKED)."),
                schemas = @Schema(name = OpenApiConventions.PROBLEM_SCHEMA, implementation = Problem.class)))
@ApplicationPath("api")
public class RestApplication extends Application {
}
