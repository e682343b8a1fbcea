package ir.pishkhan.rest.license;

import ir.pishkhan.license.boundary.Contracts;
import ir.pishkhan.license.boundary.Corrections;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.rest.capacity.CapacityViews.Reason;
import ir.pishkhan.rest.license.ContractsResource.ContractView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * An agency's reporter suspends or ends the agency's own contract with an office; an
 * administrator corrects a contract's data.
 */
@Path("contracts/{contractId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractChangesResource {

    @Inject
    Contracts contracts;

    @Inject
    Corrections corrections;

    /** An administrator's correction: each field left out stays as it is; the reason is required (REASON_REQUIRED). */
    public record Correction(Agency agency, String services, LocalDate since, String reason) {
    }

    @POST
    @Path("suspension")
    public ContractView suspend(@PathParam("contractId") long contractId,
                                @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") Reason body) {
        return ContractView.of(contracts.suspend(contractId, body.reason()));
    }

    @POST
    @Path("termination")
    public ContractView end(@PathParam("contractId") long contractId,
                            @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") Reason body) {
        return ContractView.of(contracts.end(contractId, body.reason()));
    }

    /** A correction is recorded (a CORRECTED event of the licence's history), hence 201; the answer is the contract. */
    @POST
    @Path("corrections")
    @APIResponse(responseCode = "201", description = "The correction is recorded; the contract as corrected",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response correct(@PathParam("contractId") long contractId,
                            @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") Correction body) {
        return Response.status(Response.Status.CREATED).entity(ContractView.of(corrections.correctContract(contractId,
                new Corrections.ContractCorrection(body.agency(), body.services(), body.since()), body.reason()))).build();
    }
}
