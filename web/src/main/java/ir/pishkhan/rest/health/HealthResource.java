package ir.pishkhan.rest.health;

import ir.pishkhan.health.boundary.Readiness;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Readiness for load balancers and operators: 200 when ready, 503 with the reason when not. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    Readiness readiness;

    @GET
    @Path("ready")
    @PermitAll
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
    @PermitAll
    public Response ping() {
        return Response.ok("{\"status\":\"UP\"}").build();
    }
}
