package ir.pishkhan.rollout.control;

import ir.pishkhan.capacity.control.Applicants.PersonDetails;
import ir.pishkhan.capacity.entity.RequiredDocument;
import ir.pishkhan.license.entity.LicenseStatus;
import ir.pishkhan.license.entity.ServiceContract;
import ir.pishkhan.office.entity.Agency;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.rollout.entity.ImportSheet;
import ir.pishkhan.security.entity.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a roll-out file once checked: typed, normalised (Persian letters, digits, spaces),
 * with counties resolved within the import's province. The dry run makes them from the staged
 * cells ({@code RowChecks}); the batch job writes them.
 */
public final class Rows {

    private Rows() {
    }

    /** A staged row as it came from the file: its sheet, its row number there, its cells by column key. */
    public record Staged(ImportSheet sheet, int rowNo, Map<String, String> cells) implements java.io.Serializable {
    }

    /** One error of a row: the column's key (null for the whole row) and the Persian message. */
    public record CellError(String column, String message) implements java.io.Serializable {
    }

    /** What checking a row gave: the typed row, or its errors (never both). */
    public record Checked(Object row, List<CellError> errors) implements java.io.Serializable {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Capacity of one county and office type. Natural key: county + office type. */
    public record CapacityRow(long countyId, OfficeType officeType, int capacity) implements java.io.Serializable {
    }

    /**
     * A licence of the old register with its office and holder. Natural key: the number, kept as
     * it was issued (normalised: ASCII digits, no stray spaces). {@code suspendedUntil} only for
     * SUSPENDED, {@code revokedOn} only for REVOKED.
     */
    public record LicenceRow(String number, long countyId, OfficeType officeType, String officeName, String address,
                             String locality, PersonDetails holder, LocalDate issueDate, LocalDate expiryDate,
                             LicenseStatus status, LocalDate suspendedUntil, LocalDate revokedOn)
            implements java.io.Serializable {
    }

    /** A service contract of a licensed office. Natural key: licence number + agency. */
    public record ContractRow(String number, Agency agency, String services, LocalDate since,
                              ServiceContract.Status status) implements java.io.Serializable {
    }

    /**
     * One applicant on a county's waitlist, in historical order ({@code appliedOn}, then the row's
     * place in the file). Natural key: national code + county + office type.
     */
    public record WaitlistRow(long countyId, OfficeType officeType, LocalDate appliedOn, PersonDetails person,
                              String locality, Set<RequiredDocument> documents) implements java.io.Serializable {
    }

    /**
     * An account and one of its roles. Natural key: the username (+ role and scope for the grant).
     * {@code countyId} null means the whole province; {@code agency} only for an agency reporter,
     * {@code officeNumber} only for an office manager.
     */
    public record AccountRow(String username, String displayName, Role role, Long countyId, Agency agency,
                             String officeNumber, String mobile, String email) implements java.io.Serializable {
    }
}
