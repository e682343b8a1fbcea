package ir.pishkhan.rest.audit;

import ir.pishkhan.audit.boundary.AuditTrail;
import ir.pishkhan.audit.control.AuditCsv;
import ir.pishkhan.audit.control.AuditTerms;
import ir.pishkhan.audit.entity.AuditRecord;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.jalali.JalaliDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Auditors read, export and verify the audit trail within their scope. */
@Path("audit")
@RequestScoped
public class AuditResource {

    @Inject
    AuditTrail trail;

    /** One record; {@code actionFa} and {@code objectTypeFa} name its codes in Persian. */
    public record AuditView(long seq, String occurredAt, String occurredAtJalali, String actor, String action,
                            String actionFa, String objectType, String objectTypeFa, String objectId, Long provinceId,
                            Long countyId, String before, String after, String reason, String hash) {
        static AuditView of(AuditRecord r) {
            return new AuditView(r.getSeq(), r.getOccurredAt().toString(), AuditCsv.jalaliTime(r.getOccurredAt()), r.getActor(), r.getAction(),
                    AuditTerms.action(r.getAction()), r.getObjectType(), AuditTerms.objectType(r.getObjectType()),
                    r.getObjectId(), r.getProvinceId(), r.getCountyId(), r.getBeforeState(),
                    r.getAfterState(), r.getReason(), r.getHash());
        }
    }

    public record AuditPage(long total, int offset, int limit, List<AuditView> records) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AuditPage browse(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("actor") String actor, @QueryParam("action") String action,
                            @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
                            @QueryParam("countyId") Long countyId,
                            @QueryParam("offset") @DefaultValue("0") int offset,
                            @QueryParam("limit") @DefaultValue("50") int limit) {
        AuditTrail.Page page = trail.browse(filter(from, to, actor, action, objectType, objectId, countyId),
                offset, limit);
        return new AuditPage(page.total(), page.offset(), page.limit(),
                page.records().stream().map(AuditView::of).toList());
    }

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    public AuditTrail.Verification verify() {
        return trail.verify();
    }

    /** CSV (UTF-8 with BOM so spreadsheet programs read Persian correctly), oldest first. */
    @GET
    @Path("export")
    @Produces("text/csv")
    @APIResponse(responseCode = "200", description = "The audit records that match, as CSV with a header row",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
                           @QueryParam("countyId") Long countyId) {
        byte[] csv = trail.exportCsv(filter(from, to, actor, action, objectType, objectId, countyId));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"").build();
    }

    static AuditTrail.Filter filter(String from, String to, String actor, String action, String objectType,
                                    String objectId, Long countyId) {
        return new AuditTrail.Filter(date(from), date(to), actor, action, objectType, objectId, countyId);
    }

    /** ISO dates (2025-03-21) or Jalali ones (1404/01/01, Persian digits allowed). */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notIso) {
            try {
                return JalaliDates.parse(text);
            } catch (RuntimeException e) {
                throw BusinessException.invalid("DATE_INVALID", "تاریخ «" + text + "» معتبر نیست.",
                        "Date '" + text + "' is neither ISO (2025-03-21) nor Jalali (1404/01/01).");
            }
        }
    }
}
