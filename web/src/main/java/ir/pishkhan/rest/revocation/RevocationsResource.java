package ir.pishkhan.rest.revocation;

import ir.pishkhan.revocation.boundary.Revocations;
import ir.pishkhan.revocation.entity.RevocationCase;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** Revocation cases: the province official's verdict and the working group's answer to a returned case. */
@Path("revocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RevocationsResource {

    static final String BODY_REQUIRED = "بدنهٔ درخواست لازم است.";
    static final String VERSION_REQUIRED = "نسخهٔ پرونده‌ای که دیده‌اید لازم است.";

    @Inject
    Revocations revocations;

    public record CaseView(long id, long reportId, long licenseId, String licenseNumber, String officeName,
                           String holderName, long countyId, String countyFa, String status, String statusFa,
                           String openedAt, LocalDate dueOn, String dueOnJalali, String lastNote, String resolvedBy,
                           List<String> voters, long version) {
        static CaseView of(RevocationCase c, List<String> voters) {
            return new CaseView(c.getId(), c.getReportId(), c.getLicense().getId(), c.getLicense().getNumber(),
                    c.getLicense().getOfficeName(), c.getLicense().getHolder().fullName(), c.getCounty().getId(),
                    c.getCounty().getNameFa(), c.getStatus().name(), c.getStatus().persianName(), c.getOpenedAt().toString(),
                    c.getDueOn(), JalaliDates.format(c.getDueOn()), c.getLastNote(), c.getResolvedBy(), voters,
                    c.getVersion());
        }
    }

    public record Verdict(@NotNull(message = VERSION_REQUIRED) Long expectedVersion,
                          @NotNull(message = "تصمیم (APPROVE، REJECT یا RETURN) لازم است.") RevocationCase.Verdict verdict,
                          String reason) {
    }

    public record Resubmission(@NotNull(message = VERSION_REQUIRED) Long expectedVersion, String note) {
    }

    @GET
    public List<CaseView> list(@QueryParam("status") RevocationCase.Status status, @QueryParam("countyId") Long countyId) {
        return revocations.list(status, countyId).stream().map(c -> CaseView.of(c, null)).toList();
    }

    @GET
    @Path("{caseId}")
    public CaseView get(@PathParam("caseId") long caseId) {
        return CaseView.of(revocations.get(caseId), revocations.voters(caseId));
    }

    @POST
    @Path("{caseId}/decision")
    public CaseView decide(@PathParam("caseId") long caseId, @Valid @NotNull(message = BODY_REQUIRED) Verdict body) {
        RevocationCase c = revocations.decide(caseId, body.expectedVersion(), body.verdict(), body.reason());
        return CaseView.of(c, null);
    }

    @POST
    @Path("{caseId}/resubmission")
    public CaseView resubmit(@PathParam("caseId") long caseId, @Valid @NotNull(message = BODY_REQUIRED) Resubmission body) {
        return CaseView.of(revocations.resubmit(caseId, body.expectedVersion(), body.note()), null);
    }
}
