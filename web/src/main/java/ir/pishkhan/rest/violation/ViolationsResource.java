package ir.pishkhan.rest.violation;

import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.rest.violation.ViolationViews.AttachmentView;
import ir.pishkhan.rest.violation.ViolationViews.ReportView;
import ir.pishkhan.rest.violation.ViolationViews.SuggestionView;
import ir.pishkhan.violation.boundary.Violations;
import ir.pishkhan.violation.entity.Attachment;
import ir.pishkhan.violation.entity.Outcome;
import ir.pishkhan.violation.entity.ReportStatus;
import ir.pishkhan.workinggroup.boundary.WorkingGroups;
import ir.pishkhan.workinggroup.entity.Vote;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Violation reports: filing (agency reporters), reading, screening and notice (county clerks),
 * defence (office managers), evidence and defence documents, members' votes and the decision.
 */
@Path("violations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ViolationsResource {

    static final String BODY_REQUIRED = "بدنهٔ درخواست لازم است.";
    static final String VERSION_REQUIRED = "نسخهٔ گزارشی که دیده‌اید لازم است.";

    @Inject
    Violations violations;

    @Inject
    WorkingGroups workingGroups;

    public record NewReport(@NotNull(message = "دفتر (شناسهٔ پروانه) را مشخص کنید.") Long licenseId,
                            Agency agency,
                            @NotBlank(message = "نوع تخلف را مشخص کنید.") String category,
                            @NotBlank(message = "شرح تخلف را بنویسید.") String description,
                            LocalDate occurredOn) {
    }

    public record Screening(@NotNull(message = VERSION_REQUIRED) Long expectedVersion,
                            @NotNull(message = "نتیجهٔ بررسی (پذیرش یا رد) لازم است.") Boolean founded, String note) {
    }

    public record Expected(@NotNull(message = VERSION_REQUIRED) Long expectedVersion) {
    }

    public record Defence(@NotBlank(message = "متن دفاعیه را بنویسید.") String text) {
    }

    public record VoteBody(@NotNull(message = "رأی خود را انتخاب کنید.") Outcome outcome, Integer suspensionDays) {
    }

    public record VoteView(long reportId, String username, String vote, String voteFa, Integer suspensionDays, String castAt) {
        static VoteView of(Vote v) {
            return new VoteView(v.getReportId(), v.getUsername(), v.getVote().name(), v.getVote().persianName(),
                    v.getSuspensionDays(), v.getCastAt().toString());
        }
    }

    public record Decision(@NotNull(message = VERSION_REQUIRED) Long expectedVersion,
                           @NotNull(message = "تصمیم کارگروه را مشخص کنید.") Outcome outcome,
                           Integer suspensionDays,
                           @NotBlank(message = "استدلال تصمیم را بنویسید.") String rationale) {
    }

    @POST
    @APIResponse(responseCode = "201", description = "The violation report, filed for the county to screen",
            content = @Content(schema = @Schema(implementation = ReportView.class)),
            headers = @Header(name = "Location", description = "The new report", schema = @Schema(type = SchemaType.STRING)))
    public Response report(@Valid @NotNull(message = BODY_REQUIRED) NewReport body, @Context UriInfo uriInfo) {
        var r = violations.report(body.licenseId(), body.agency(), body.category(), body.description(), body.occurredOn());
        return Response.created(uriInfo.getBaseUriBuilder().path("violations").path(String.valueOf(r.getId())).build())
                .entity(ReportView.of(r)).build();
    }

    @GET
    public List<ReportView> search(@QueryParam("countyId") Long countyId, @QueryParam("status") ReportStatus status,
                                   @QueryParam("licenseId") Long licenseId,
                                   @QueryParam("offset") @DefaultValue("0") int offset,
                                   @QueryParam("limit") @DefaultValue("50") int limit) {
        return violations.search(countyId, status, licenseId, offset, limit).stream().map(ReportView::of).toList();
    }

    /** The reports the calling agency reporter filed. */
    @GET
    @Path("filed-by-me")
    public List<ReportView> mine() {
        return violations.filedByMe().stream().map(ReportView::of).toList();
    }

    @GET
    @Path("{reportId}")
    public ReportView get(@PathParam("reportId") long reportId) {
        return ReportView.of(violations.get(reportId));
    }

    /** The sanction the repeat-offence ladder suggests, with the office's 12-month points. */
    @GET
    @Path("{reportId}/suggestion")
    public SuggestionView suggestion(@PathParam("reportId") long reportId) {
        return SuggestionView.of(violations.suggestion(reportId));
    }

    @POST
    @Path("{reportId}/screening")
    public ReportView screen(@PathParam("reportId") long reportId, @Valid @NotNull(message = BODY_REQUIRED) Screening body) {
        return ReportView.of(violations.screen(reportId, body.expectedVersion(), body.founded(), body.note()));
    }

    @POST
    @Path("{reportId}/notice")
    public ReportView notice(@PathParam("reportId") long reportId, @Valid @NotNull(message = BODY_REQUIRED) Expected body) {
        return ReportView.of(violations.sendNotice(reportId, body.expectedVersion()));
    }

    @POST
    @Path("{reportId}/defence")
    public ReportView defend(@PathParam("reportId") long reportId, @Valid @NotNull(message = BODY_REQUIRED) Defence body) {
        return ReportView.of(violations.defend(reportId, body.text()));
    }

    @GET
    @Path("{reportId}/attachments")
    public List<AttachmentView> attachments(@PathParam("reportId") long reportId) {
        return violations.attachments(reportId).stream().map(AttachmentView::of).toList();
    }

    /**
     * Adds a document: the request body is the file itself (any content type; the server looks
     * at the bytes), its name in {@code fileName}, and {@code kind} EVIDENCE or DEFENCE.
     */
    @POST
    @Path("{reportId}/attachments")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "The file, attached to the report",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    public Response attach(@PathParam("reportId") long reportId, @QueryParam("kind") @DefaultValue("EVIDENCE") Attachment.Kind kind,
                           @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        // Read one byte past the limit so an oversized upload is refused without reading all of it.
        int limit = ir.pishkhan.shared.config.Setting.ATTACHMENT_MAX_BYTES.integer();
        byte[] content = body == null ? new byte[0] : body.readNBytes(limit + 1);
        Attachment a = violations.attach(reportId, kind, fileName, content);
        return Response.status(Response.Status.CREATED).entity(AttachmentView.of(a)).build();
    }

    @GET
    @Path("{reportId}/attachments/{attachmentId}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The attached file, as it was uploaded",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response download(@PathParam("reportId") long reportId, @PathParam("attachmentId") long attachmentId) {
        Attachment a = violations.attachment(reportId, attachmentId);
        String encoded = java.net.URLEncoder.encode(a.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(a.getContent(), a.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** A member present at the session votes (or changes the vote) on a report of its agenda. */
    @PUT
    @Path("{reportId}/vote")
    public VoteView vote(@PathParam("reportId") long reportId, @Valid @NotNull(message = BODY_REQUIRED) VoteBody body) {
        return VoteView.of(workingGroups.vote(reportId, body.outcome(), body.suspensionDays()));
    }

    /** The secretary records the working group's decision (quorum, votes, majority and rationale checked). */
    @POST
    @Path("{reportId}/decision")
    public ReportView decide(@PathParam("reportId") long reportId, @Valid @NotNull(message = BODY_REQUIRED) Decision body) {
        return ReportView.of(workingGroups.decide(reportId, body.expectedVersion(), body.outcome(), body.suspensionDays(),
                body.rationale()));
    }
}
