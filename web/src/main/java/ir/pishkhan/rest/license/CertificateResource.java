package ir.pishkhan.rest.license;

import ir.pishkhan.license.boundary.Certificates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A licence's printable certificate (گواهی پروانه) as a Persian PDF with its verification QR code. */
@Path("licenses/{licenseId}/certificate")
@RequestScoped
public class CertificateResource {

    @Inject
    Certificates certificates;

    @GET
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The certificate as a PDF; a licence that is not active carries its status as a mark on every page",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("licenseId") long licenseId) {
        return Response.ok(certificates.certificate(licenseId), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"license-" + licenseId + ".pdf\"").build();
    }
}
