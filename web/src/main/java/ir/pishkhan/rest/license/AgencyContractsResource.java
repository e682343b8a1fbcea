package ir.pishkhan.rest.license;

import ir.pishkhan.license.boundary.Contracts;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.ServiceContract;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/**
 * An agency reporter's own agency's current contracts within their county or province, each with
 * the office's licence: the licence id a violation report ({@code POST /violations}) names.
 */
@Path("contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgencyContractsResource {

    @Inject
    Contracts contracts;

    /** A contract as its agency sees it: the contract and the office it is with. */
    public record AgencyContractView(long id, String agency, String agencyFa, String services, LocalDate since,
                                     String status, String statusFa, long licenseId, String licenseNumber,
                                     String officeName, String licenseStatus, long countyId, String countyFa) {
        static AgencyContractView of(ServiceContract c) {
            License l = c.getLicense();
            return new AgencyContractView(c.getId(), c.getAgency().name(), c.getAgency().persianName(), c.getServices(),
                    c.getSince(), c.getStatus().name(), c.persianStatus(), l.getId(), l.getNumber(), l.getOfficeName(),
                    l.getStatus().name(), l.getCounty().getId(), l.getCounty().getNameFa());
        }
    }

    @GET
    public List<AgencyContractView> mine() {
        return contracts.mine().stream().map(AgencyContractView::of).toList();
    }
}
