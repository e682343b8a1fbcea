package ir.pishkhan.rest.license;

import ir.pishkhan.license.boundary.Verification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Public licence verification by number (the QR code on the certificate leads here). An old
 * register's number may hold slashes («1402/فارس/123»): the number is the rest of the path.
 */
@Path("public/licenses/{number: .+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject
    Verification verification;

    @GET
    public Verification.Result verify(@PathParam("number") String number) {
        return verification.verify(number);
    }
}
