package ir.pishkhan.rest.rollout;

import ir.pishkhan.rest.rollout.ImportViews.ErrorsView;
import ir.pishkhan.rest.rollout.ImportViews.ImportView;
import ir.pishkhan.rollout.boundary.Imports;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The roll-out's dry run: upload a province's workbook (or CSV files) and read the verdict, its
 * errors and the workbook to correct; the template to fill in. Committing a checked import is
 * under {@code imports/{id}/run}.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROVINCE_REQUIRED = "استان را مشخص کنید.";
    /** An import's id: digits only, so {@code template} never reads as one, whatever the caller accepts. */
    static final String ID = "{id: [0-9]+}";

    @Inject
    Imports imports;

    /** The template workbook: the guide «راهنما» and one sheet per kind of data, with an example row. */
    @GET
    @Path("template")
    @Produces({XLSX, "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The template workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.template(out);
        return download(out.toByteArray(), "pishkhan-import-template.xlsx");
    }

    /**
     * Checks a file for a province: the request body is the file itself (an .xlsx workbook, a CSV
     * file or a zip of CSV files), its name in {@code fileName}; for a single CSV file whose name
     * does not tell its sheet, {@code sheet} names it. Nothing in the register changes.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "The import, checked: CHECKED when no row has an error, else HAS_ERRORS",
            content = @Content(schema = @Schema(implementation = ImportView.class)),
            headers = @Header(name = "Location", description = "The import", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "413", description = "The file is larger than pishkhan.import.max-bytes (IMPORT_FILE_TOO_LARGE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response check(@QueryParam("province") @NotNull(message = PROVINCE_REQUIRED) Long province,
                          @QueryParam("fileName") String fileName, @QueryParam("sheet") String sheet,
                          InputStream body, @Context UriInfo uriInfo) {
        ImportView checked = ImportView.of(imports.check(province, fileName, sheet, body));
        return Response.created(uriInfo.getBaseUriBuilder().path(ImportsResource.class).path(String.valueOf(checked.id()))
                .build()).entity(checked).build();
    }

    /** A province's imports, newest first. */
    @GET
    public List<ImportView> list(@QueryParam("province") @NotNull(message = PROVINCE_REQUIRED) Long province) {
        return imports.list(province).stream().map(ImportView::of).toList();
    }

    @GET
    @Path(ImportsResource.ID)
    public ImportView get(@PathParam("id") long id) {
        return ImportView.of(imports.get(id));
    }

    /** The errors of a checked import, one per line, sheet by sheet in commit order, then by row. */
    @GET
    @Path(ImportsResource.ID + "/errors")
    public ErrorsView errors(@PathParam("id") long id, @QueryParam("offset") @DefaultValue("0") int offset,
                             @QueryParam("limit") @DefaultValue("100") int limit) {
        int size = Math.max(1, Math.min(500, limit));
        return ErrorsView.of(imports.errors(id, offset, size), size);
    }

    /** The import's rows as uploaded with a last column «خطا», faulty rows in light red: to correct and upload again. */
    @GET
    @Path(ImportsResource.ID + "/error-workbook")
    @Produces({XLSX, "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The workbook with the errors",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response errorWorkbook(@PathParam("id") long id) {
        // Role and scope are checked before the answer starts: a refusal must not follow a 200.
        long checked = imports.get(id).getId();
        StreamingOutput body = out -> imports.errorReport(checked, out);
        return download(body, "import-" + checked + "-errors.xlsx");
    }

    private static Response download(Object body, String fileName) {
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
