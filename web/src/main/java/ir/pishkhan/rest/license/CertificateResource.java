package ir.pishkhan.rest.license;

import ir.pishkhan.license.boundary.Certificates;
import ir.pishkhan.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A licence's printable certificate (گواهی پروانه) as a Persian PDF with its verification QR code. */
@Path("licenses/{licenseId}/certificate")
@RequestScoped
public class CertificateResource {

    @Inject
    Certificates certificates;

    @GET
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.POST_CLERK_NAME, Role.WG_MEMBER_NAME, Role.WG_SECRETARY_NAME, Role.PROVINCE_OFFICIAL_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Response certificate(@PathParam("licenseId") long licenseId) {
        return Response.ok(certificates.certificate(licenseId), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"license-" + licenseId + ".pdf\"").build();
    }
}
