package ir.pishkhan.rest.license;

import ir.pishkhan.license.boundary.Contracts;
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

/** An agency's reporter suspends or ends the agency's own contract with an office. */
@Path("contracts/{contractId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractChangesResource {

    @Inject
    Contracts contracts;

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
}
