package ir.pishkhan.rollout.boundary;

import ir.pishkhan.audit.control.AuditLog;
import ir.pishkhan.place.entity.Province;
import ir.pishkhan.rollout.control.FileChecks;
import ir.pishkhan.rollout.control.ImportFiles;
import ir.pishkhan.rollout.control.Workbooks;
import ir.pishkhan.rollout.entity.ImportBatch;
import ir.pishkhan.rollout.entity.ImportRefusals;
import ir.pishkhan.rollout.entity.ImportSheet;
import ir.pishkhan.security.control.Access;
import ir.pishkhan.security.control.Caller;
import ir.pishkhan.security.entity.Role;
import ir.pishkhan.shared.config.Setting;
import ir.pishkhan.shared.text.PersianNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The roll-out's dry run (بررسی پرونده): an administrator uploads a province's workbook or CSV
 * files, every row is staged and checked, and the verdict — rows, rows with errors, each error
 * by sheet, row and column — comes back with a workbook to correct. Nothing in the register
 * changes; committing a checked import is {@code ImportRuns}'. Also the template to fill in.
 *
 * <p>Open to administrators of the province (national ones for every province).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Imports {

    /** Longest file name kept (the column's length). */
    private static final int FILE_NAME_MAX = 200;

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    FileChecks fileChecks;

    @Inject
    Workbooks workbooks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One error of a checked import's row: where it is and what is wrong, in Persian. */
    public record ErrorLine(ImportSheet sheet, String sheetFa, int rowNo, String column, String header, String message)
            implements java.io.Serializable {
    }

    /** A page of a checked import's errors, sheet by sheet in commit order, then by row. */
    public record ErrorPage(long total, int offset, List<ErrorLine> errors) implements java.io.Serializable {
    }

    /** {@link #check(long, String, String, InputStream)} with the sheet of a CSV file told by its name. */
    public ImportBatch check(long provinceId, String fileName, InputStream content) {
        return check(provinceId, fileName, null, content);
    }

    /**
     * Stages and checks an uploaded file for a province in one transaction (a refusal leaves
     * nothing behind); computes the file's SHA-256 while reading it. Refuses a file over
     * {@code pishkhan.import.max-bytes} ({@code IMPORT_FILE_TOO_LARGE}), one that is not a
     * workbook, CSV or zip of CSV files ({@code IMPORT_FILE_UNREADABLE}), without a known sheet
     * with data ({@code IMPORT_FILE_EMPTY}) or lacking a required column ({@code IMPORT_COLUMN_MISSING}).
     *
     * @param sheet for a single CSV file, its sheet when its name does not tell it; may be null
     */
    public ImportBatch check(long provinceId, String fileName, String sheet, InputStream content) {
        Province province = access.province(provinceId, Role.ADMIN);
        String name = fileName(fileName);
        Path spool = null;
        try {
            spool = Files.createTempFile("pishkhan-import-", ".upload");
            ImportFiles.Spooled file = ImportFiles.spool(content, spool, Setting.IMPORT_MAX_BYTES.integer());
            if (file.size() == 0) {
                throw ImportRefusals.empty();
            }
            ImportBatch batch = new ImportBatch(province, name, file.sha256(), access.actor(), clock.instant());
            em.persist(batch);
            em.flush();
            FileChecks.Verdict verdict = fileChecks.check(batch, spool, name, sheet);
            batch.checked(verdict.rows(), verdict.rowsWithErrors());
            return audit.created("IMPORT_CHECKED", batch, "«" + name + "»: " + PersianNumbers.quantity(verdict.rows())
                    + " ردیف، " + PersianNumbers.quantity(verdict.rowsWithErrors()) + " ردیف با خطا");
        } catch (IOException e) {
            throw ImportRefusals.unreadable("پرونده به‌طور کامل دریافت نشد.", "the upload did not arrive whole.");
        } finally {
            delete(spool);
        }
    }

    /** The template workbook: the guide «راهنما» and one sheet per kind of data with an example row. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void template(OutputStream out) {
        Workbooks.template(out);
    }

    /** A checked import's rows as uploaded with a last column «خطا», faulty rows in light red. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void errorReport(long importId, OutputStream out) {
        workbooks.errorReport(get(importId).getId(), out);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportBatch get(long importId) {
        ImportBatch batch = em.find(ImportBatch.class, importId);
        if (batch == null) {
            throw access.caller().isNational(Role.ADMIN) ? ImportRefusals.notFound()
                    : ir.pishkhan.shared.error.BusinessException.forbidden();
        }
        access.requireProvince(batch.getProvince(), Role.ADMIN);
        return batch;
    }

    /** A province's imports, newest first (at most 200). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ImportBatch> list(long provinceId) {
        access.province(provinceId, Role.ADMIN);
        return em.createQuery("SELECT b FROM ImportBatch b WHERE b.province.id = :p ORDER BY b.id DESC", ImportBatch.class)
                .setParameter("p", provinceId).setMaxResults(200).getResultList();
    }

    /** The provinces the caller may import for: every one for a national administrator, else their own. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Province> provinces() {
        Caller.Reach reach = access.caller().reach(Role.ADMIN);
        List<Province> all = em.createNamedQuery(Province.ALL, Province.class).getResultList();
        return reach.everywhere() ? all : all.stream().filter(p -> reach.provinceIds().contains(p.getId())).toList();
    }

    /**
     * A page of a checked import's errors, one line per error: sheet (in commit order), row,
     * column and message. {@code limit} is 1 to 500.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ErrorPage errors(long importId, int offset, int limit) {
        ImportBatch batch = get(importId);
        int from = Math.max(0, offset);
        int size = Math.max(1, Math.min(500, limit));
        String lines = " FROM import_row r, JSON_TABLE(r.errors, '$[*]' COLUMNS (ord FOR ORDINALITY,"
                + " col VARCHAR(64) PATH '$.column', msg VARCHAR(4000) PATH '$.message')) j"
                + " WHERE r.import_id = ? AND r.errors IS NOT NULL";
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*)" + lines).setParameter(1, batch.getId())
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.sheet, r.row_no, j.col, j.msg" + lines
                        + " ORDER BY FIELD(r.sheet, 'CAPACITY', 'LICENCES', 'CONTRACTS', 'WAITLIST', 'ACCOUNTS'), r.row_no, j.ord"
                        + " LIMIT " + size + " OFFSET " + from)
                .setParameter(1, batch.getId()).getResultList();
        List<ErrorLine> errors = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            ImportSheet sheet = ImportSheet.valueOf((String) r[0]);
            String column = r[2] == null || "null".equals(r[2]) ? null : (String) r[2];
            String header = column == null ? null : sheet.column(column).map(c -> c.header()).orElse(column);
            errors.add(new ErrorLine(sheet, sheet.persianName(), ((Number) r[1]).intValue(), column, header, (String) r[3]));
        }
        return new ErrorPage(total, from, errors);
    }

    /** The file's name without folders, at most 200 characters; «upload» when none is given. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() <= FILE_NAME_MAX ? name : name.substring(name.length() - FILE_NAME_MAX);
    }

    private static void delete(Path spool) {
        if (spool == null) {
            return;
        }
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            // The temporary folder is the server's; a file left there is harmless and logged.
            java.util.logging.Logger.getLogger(Imports.class.getName()).warning("Cannot delete " + spool + ": " + e);
        }
    }
}
