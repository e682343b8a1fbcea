package ir.pishkhan.rest.health;

import ir.pishkhan.health.boundary.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/** Readiness for load balancers and operators: 200 when ready, 503 with the reason when not. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class HealthResource {

    @Inject
    Readiness readiness;

    @GET
    @Path("ready")
    @APIResponse(responseCode = "200", description = "Ready: the database answers and its schema is current",
            content = @Content(schema = @Schema(implementation = Readiness.Report.class)))
    @APIResponse(responseCode = "503", description = "Not ready, and why",
            content = @Content(schema = @Schema(implementation = Readiness.Report.class)))
    public Response ready() {
        Readiness.Report report = readiness.check();
        return Response.status(report.ready() ? 200 : 503).entity(report).build();
    }

    /**
     * Liveness of the HTTP and JAX-RS layers only (no database, no security check): what a load
     * balancer may poll often, and the baseline the verification benchmark compares with.
     */
    @GET
    @Path("ping")
    @APIResponse(responseCode = "200", description = "The HTTP and JAX-RS layers answer",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT,
                    properties = @SchemaProperty(name = "status", type = SchemaType.STRING, enumeration = "UP"))))
    public Response ping() {
        return Response.ok("{\"status\":\"UP\"}").build();
    }
}
