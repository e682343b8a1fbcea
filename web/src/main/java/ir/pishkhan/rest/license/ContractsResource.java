package ir.pishkhan.rest.license;

import ir.pishkhan.license.boundary.Contracts;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.office.entity.Agency;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An office's service contracts with agencies. */
@Path("licenses/{licenseId}/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractsResource {

    @Inject
    Contracts contracts;

    public record ContractView(long id, long licenseId, String agency, String agencyFa, String services, LocalDate since,
                               String status, String statusFa, String statusReason) {
        static ContractView of(ServiceContract c) {
            return new ContractView(c.getId(), c.getLicense().getId(), c.getAgency().name(), c.getAgency().persianName(),
                    c.getServices(), c.getSince(), c.getStatus().name(), c.persianStatus(), c.getStatusReason());
        }
    }

    public record NewContract(@NotNull(message = "دستگاه را مشخص کنید.") Agency agency,
                              @NotBlank(message = "خدمات قرارداد را بنویسید.") String services,
                              LocalDate since) {
    }

    @GET
    public List<ContractView> list(@PathParam("licenseId") long licenseId) {
        return contracts.ofLicense(licenseId).stream().map(ContractView::of).toList();
    }

    @POST
    @APIResponse(responseCode = "201", description = "The service contract, recorded for the licence",
            content = @Content(schema = @Schema(implementation = ContractView.class)))
    public Response add(@PathParam("licenseId") long licenseId,
                        @Valid @NotNull(message = "بدنهٔ درخواست لازم است.") NewContract body) {
        return Response.status(Response.Status.CREATED)
                .entity(ContractView.of(contracts.add(licenseId, body.agency(), body.services(), body.since()))).build();
    }
}
