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
import java.time.LocalDate;

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

    @POST
    @Path("corrections")
    public ContractView correct(@PathParam("contractId") long contractId,
                                @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") Correction body) {
        return ContractView.of(corrections.correctContract(contractId,
                new Corrections.ContractCorrection(body.agency(), body.services(), body.since()), body.reason()));
    }
}
