package ir.pishkhan.rest.license;

import ir.pishkhan.license.boundary.Corrections;
import ir.pishkhan.license.boundary.Licenses;
import ir.pishkhan.license.entity.License;
import ir.pishkhan.license.entity.LicenseEvent;
import ir.pishkhan.rest.capacity.CapacityViews.NewApplication;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Licences: issuance by the county post office, a licence with its history for staff, and
 * administrators' corrections of its data.
 */
@Path("licenses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LicensesResource {

    private static final String BODY_REQUIRED = "بدنهٔ درخواست لازم است.";

    @Inject
    Licenses licenses;

    @Inject
    Corrections corrections;

    public record Office(
            @NotBlank(message = "نام دفتر لازم است.") @Size(max = 150, message = "نام دفتر حداکثر ۱۵۰ نویسه است.") String officeName,
            @NotBlank(message = "نشانی دفتر لازم است.") @Size(max = 300, message = "نشانی حداکثر ۳۰۰ نویسه است.") String address,
            String locality,
            @NotBlank(message = "شمارهٔ رسید پرداخت لازم است.") String receiptRef) {
        Licenses.OfficeDetails details() {
            return new Licenses.OfficeDetails(officeName, address, locality, receiptRef);
        }
    }

    public record IssueFromApplication(@NotNull(message = "درخواست را مشخص کنید.") Long applicationId,
                                       @Valid @NotNull(message = "مشخصات دفتر لازم است.") Office office) {
    }

    public record IssueDirect(@Valid @NotNull(message = "مشخصات درخواست لازم است.") NewApplication application,
                              @Valid @NotNull(message = "مشخصات دفتر لازم است.") Office office) {
    }

    /** One event of a licence's history; {@code before} and {@code after} are the licence's state around it, if recorded. */
    public record EventView(String type, String typeFa, String occurredAt, String actor, String reason, String before,
                            String after) {
        static EventView of(LicenseEvent e) {
            return new EventView(e.getType().name(), e.getType().persianName(), e.getOccurredAt().toString(),
                    e.getActor(), e.getReason(), e.getBeforeState(), e.getAfterState());
        }
    }

    public record LicenseView(long id, String number, String status, String statusFa, String holderName,
                              String holderNationalCode, long countyId, String countyFa, String officeType,
                              String officeName, String address, String locality, LocalDate issueDate,
                              String issueDateJalali, LocalDate expiryDate, String expiryDateJalali, long version,
                              LocalDate suspendedUntil, LocalDate closedOn, List<EventView> history) {
        public static LicenseView of(License l) {
            return new LicenseView(l.getId(), l.getNumber(), l.getStatus().name(), l.getStatus().persianName(),
                    l.getHolder().fullName(), l.getHolder().getNationalCode(), l.getCounty().getId(),
                    l.getCounty().getNameFa(), l.getOfficeType().name(), l.getOfficeName(), l.getAddress(),
                    l.getLocality(), l.getIssueDate(), JalaliDates.format(l.getIssueDate()), l.getExpiryDate(),
                    JalaliDates.format(l.getExpiryDate()), l.getVersion(), l.getSuspendedUntil(), l.getClosedOn(),
                    l.getEvents().stream().map(EventView::of).toList());
        }
    }

    @POST
    @APIResponse(responseCode = "201", description = "The licence, issued to the applicant of the accepted invitation",
            content = @Content(schema = @Schema(implementation = LicenseView.class)),
            headers = @Header(name = "Location", description = "The new licence", schema = @Schema(type = SchemaType.STRING)))
    public Response issue(@Valid @NotNull(message = BODY_REQUIRED) IssueFromApplication body, @Context UriInfo uriInfo) {
        return created(licenses.issue(body.applicationId(), body.office().details()), uriInfo);
    }

    @POST
    @Path("direct")
    @APIResponse(responseCode = "201", description = "The licence, issued on a slot that is free now",
            content = @Content(schema = @Schema(implementation = LicenseView.class)),
            headers = @Header(name = "Location", description = "The new licence", schema = @Schema(type = SchemaType.STRING)))
    public Response issueDirect(@Valid @NotNull(message = BODY_REQUIRED) IssueDirect body, @Context UriInfo uriInfo) {
        return created(licenses.issueDirect(body.application().submission(), body.office().details()), uriInfo);
    }

    public record Renewal(@NotNull(message = "نسخهٔ پروانه‌ای که دیده‌اید لازم است.") Long expectedVersion,
                          @NotBlank(message = "شمارهٔ رسید پرداخت لازم است.") String receiptRef) {
    }

    @POST
    @Path("{licenseId}/renewal")
    public LicenseView renew(@PathParam("licenseId") long licenseId,
                             @Valid @NotNull(message = BODY_REQUIRED) Renewal body) {
        return LicenseView.of(licenses.renew(licenseId, body.expectedVersion(), body.receiptRef()));
    }

    public record Relocation(@NotNull(message = "نسخهٔ پروانه‌ای که دیده‌اید لازم است.") Long expectedVersion,
                             @NotBlank(message = "نشانی تازه لازم است.") String address,
                             String locality,
                             @NotBlank(message = "شمارهٔ مصوبهٔ کارگروه لازم است.") String approvalRef,
                             @NotNull(message = "تاریخ مصوبهٔ کارگروه لازم است.") LocalDate approvalDate) {
    }

    public record Check(@NotNull(message = "نوع استعلام لازم است.") ir.pishkhan.license.entity.TransferCheck check,
                        @NotNull(message = "تاریخ استعلام لازم است.") LocalDate date,
                        boolean passed, String reference) {
    }

    public record Transfer(@NotNull(message = "نسخهٔ پروانه‌ای که دیده‌اید لازم است.") Long expectedVersion,
                           @Valid @NotNull(message = "مشخصات دارندهٔ تازه لازم است.") ir.pishkhan.rest.capacity.CapacityViews.Person newHolder,
                           @Valid @NotNull(message = "نتیجهٔ استعلام‌ها لازم است.") List<Check> checks,
                           boolean byPowerOfAttorney) {
    }

    public record Booth(@NotBlank(message = "محل غرفه لازم است.") String place,
                        @NotNull(message = "تاریخ آغاز لازم است.") LocalDate from,
                        @NotNull(message = "تاریخ پایان لازم است.") LocalDate to,
                        @NotBlank(message = "شمارهٔ مصوبهٔ کارگروه لازم است.") String approvalRef) {
    }

    public record BoothView(long id, String place, LocalDate from, String fromJalali, LocalDate to, String toJalali, long days) {
    }

    @POST
    @Path("{licenseId}/booths")
    @APIResponse(responseCode = "201", description = "The temporary booth, recorded for the licence",
            content = @Content(schema = @Schema(implementation = BoothView.class)))
    public Response addBooth(@PathParam("licenseId") long licenseId, @Valid @NotNull(message = BODY_REQUIRED) Booth body) {
        var b = licenses.addBooth(licenseId, body.place(), body.from(), body.to(), body.approvalRef());
        return Response.status(Response.Status.CREATED).entity(new BoothView(b.getId(), b.getPlace(), b.getStartDate(),
                JalaliDates.format(b.getStartDate()), b.getEndDate(), JalaliDates.format(b.getEndDate()), b.days())).build();
    }

    public record Surrender(@NotNull(message = "نسخهٔ پروانه‌ای که دیده‌اید لازم است.") Long expectedVersion,
                            @NotBlank(message = "دلیل ابطال لازم است.") String reason) {
    }

    @POST
    @Path("{licenseId}/relocation")
    public LicenseView relocate(@PathParam("licenseId") long licenseId,
                                @Valid @NotNull(message = BODY_REQUIRED) Relocation body) {
        return LicenseView.of(licenses.relocate(licenseId, body.expectedVersion(), body.address(), body.locality(),
                body.approvalRef(), body.approvalDate()));
    }

    @POST
    @Path("{licenseId}/transfer")
    public LicenseView transfer(@PathParam("licenseId") long licenseId,
                                @Valid @NotNull(message = BODY_REQUIRED) Transfer body) {
        return LicenseView.of(licenses.transfer(licenseId, body.expectedVersion(), body.newHolder().details(),
                body.checks().stream().map(c -> c == null ? null
                        : new ir.pishkhan.license.entity.TransferCheckResult(c.check(), c.date(), c.passed(), c.reference())).toList(),
                body.byPowerOfAttorney()));
    }

    @POST
    @Path("{licenseId}/surrender")
    public LicenseView surrender(@PathParam("licenseId") long licenseId,
                                 @Valid @NotNull(message = BODY_REQUIRED) Surrender body) {
        return LicenseView.of(licenses.surrender(licenseId, body.expectedVersion(), body.reason()));
    }

    /**
     * An administrator's correction: each field left out (or null) stays as it is; the number of
     * this system's shape or an old register's; the reason is required (REASON_REQUIRED).
     */
    public record Correction(@NotNull(message = "نسخهٔ پروانه‌ای که دیده‌اید لازم است.") Long expectedVersion,
                             String officeName, String address, LocalDate issueDate, String number,
                             String holderFirstName, String holderLastName, String holderNationalCode,
                             String reason) {
        Corrections.LicenceCorrection details() {
            return new Corrections.LicenceCorrection(officeName, address, issueDate, number, holderFirstName,
                    holderLastName, holderNationalCode);
        }
    }

    /** A correction is recorded (a CORRECTED event of the history), hence 201; the answer is the corrected licence. */
    @POST
    @Path("{licenseId}/corrections")
    @APIResponse(responseCode = "201", description = "The correction is recorded; the licence as corrected, with its history",
            content = @Content(schema = @Schema(implementation = LicenseView.class)))
    public Response correct(@PathParam("licenseId") long licenseId,
                            @Valid @NotNull(message = BODY_REQUIRED) Correction body) {
        return Response.status(Response.Status.CREATED).entity(LicenseView.of(
                corrections.correctLicence(licenseId, body.expectedVersion(), body.details(), body.reason()))).build();
    }

    /** Search within the caller's scope; {@code q} matches number, national code, holder or office name. */
    @GET
    public List<LicenseView> search(@jakarta.ws.rs.QueryParam("q") String q,
                                    @jakarta.ws.rs.QueryParam("status") ir.pishkhan.license.entity.LicenseStatus status,
                                    @jakarta.ws.rs.QueryParam("countyId") Long countyId,
                                    @jakarta.ws.rs.QueryParam("offset") @jakarta.ws.rs.DefaultValue("0") int offset,
                                    @jakarta.ws.rs.QueryParam("limit") @jakarta.ws.rs.DefaultValue("50") int limit) {
        return licenses.search(q, status, countyId, offset, limit).stream().map(LicenseView::of).toList();
    }

    @GET
    @Path("{licenseId}")
    public LicenseView get(@PathParam("licenseId") long licenseId) {
        return LicenseView.of(licenses.get(licenseId));
    }

    /** Ends a suspension whose last day has passed. */
    @POST
    @Path("{licenseId}/reinstatement")
    public LicenseView reinstate(@PathParam("licenseId") long licenseId) {
        return LicenseView.of(licenses.reinstate(licenseId));
    }

    private static Response created(License license, UriInfo uriInfo) {
        return Response.created(uriInfo.getBaseUriBuilder().path("licenses").path(String.valueOf(license.getId())).build())
                .entity(LicenseView.of(license)).build();
    }
}
