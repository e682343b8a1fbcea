package ir.pishkhan.rest.office;

import ir.pishkhan.office.boundary.OfficeRules;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.office.entity.OfficeTypePolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The configurable rules per office type and the yearly issuance fees (administrators change them). */
@Path("office-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficeRulesResource {

    private static final String BODY_REQUIRED = "بدنهٔ درخواست لازم است.";

    @Inject
    OfficeRules rules;

    public record PolicyView(String officeType, int validityYears, int renewalWindowDays, int graceDays, int invitationDays,
                             int retransferYears, int lateFeePercent) {
        static PolicyView of(OfficeTypePolicy p) {
            return new PolicyView(p.getOfficeType().name(), p.getValidityYears(), p.getRenewalWindowDays(), p.getGraceDays(),
                    p.getInvitationDays(), p.getRetransferYears(), p.getLateFeePercent());
        }
    }

    public record PolicyChange(@NotNull(message = "مدت اعتبار لازم است.") Integer validityYears,
                               @NotNull(message = "مهلت تمدید لازم است.") Integer renewalWindowDays,
                               @NotNull(message = "مهلت ارفاقی لازم است.") Integer graceDays,
                               @NotNull(message = "مهلت دعوت‌نامه لازم است.") Integer invitationDays,
                               @NotNull(message = "فاصلهٔ واگذاری دوباره لازم است.") Integer retransferYears,
                               @NotNull(message = "درصد جریمهٔ دیرکرد لازم است.") Integer lateFeePercent,
                               String reason) {
    }

    public record FeeChange(@NotNull(message = "مبلغ هزینهٔ صدور لازم است.") Long issuanceFee, String reason) {
    }

    @GET
    @Path("policies")
    public List<PolicyView> policies() {
        return rules.policies().stream().map(PolicyView::of).toList();
    }

    @PUT
    @Path("policies/{officeType}")
    public PolicyView setPolicy(@PathParam("officeType") OfficeType type,
                                @Valid @NotNull(message = BODY_REQUIRED) PolicyChange b) {
        return PolicyView.of(rules.setPolicy(type, b.validityYears(), b.renewalWindowDays(), b.graceDays(),
                b.invitationDays(), b.retransferYears(), b.lateFeePercent(), b.reason()));
    }

    @GET
    @Path("fees")
    public List<OfficeRules.Fee> fees() {
        return rules.fees();
    }

    @PUT
    @Path("fees/{officeType}/{jalaliYear}")
    public OfficeRules.Fee setFee(@PathParam("officeType") OfficeType type, @PathParam("jalaliYear") int year,
                                  @Valid @NotNull(message = BODY_REQUIRED) FeeChange b) {
        return rules.setFee(type, year, b.issuanceFee(), b.reason());
    }
}
