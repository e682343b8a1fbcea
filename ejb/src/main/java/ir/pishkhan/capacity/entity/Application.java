package ir.pishkhan.capacity.entity;

import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.InCounty;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An application for a licence in one county and office type (درخواست صدور پروانه), on that
 * county's waitlist until a slot is offered. First come, first served: the waitlist is ordered
 * by submission time, unless a priority score (configurable) puts an application ahead.
 *
 * <p>Its status changes only through the methods named after the waitlist's events; each
 * refuses a change that the current status does not allow.
 */
@Entity
@Table(name = "application")
@NamedQuery(name = Application.WAITLIST, query = "SELECT a FROM Application a WHERE a.county.id = :countyId"
        + " AND a.officeType = :type AND a.status = ir.pishkhan.capacity.entity.ApplicationStatus.WAITING"
        + " ORDER BY COALESCE(a.priorityScore, 0) DESC, a.submittedAt, a.id")
@NamedQuery(name = Application.WAITING_COUNT, query = "SELECT COUNT(a) FROM Application a WHERE a.county.id = :countyId"
        + " AND a.officeType = :type AND a.status = ir.pishkhan.capacity.entity.ApplicationStatus.WAITING")
public class Application implements java.io.Serializable, InCounty {

    private static final long serialVersionUID = 1L;

    public static final String WAITLIST = "Application.waitlist";
    public static final String WAITING_COUNT = "Application.waitingCount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "applicant_id", nullable = false)
    private Applicant applicant;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    @Enumerated(EnumType.STRING)
    @Column(name = "office_type", nullable = false, length = 32)
    private OfficeType officeType;

    @Column(name = "proposed_locality", nullable = false, length = 100)
    private String proposedLocality;

    /** Checked documents, as a comma-separated list of {@link RequiredDocument} names. */
    @Column(nullable = false, length = 500)
    private String documents;

    @Column(name = "priority_score")
    private Integer priorityScore;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ApplicationStatus status;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Version
    private long version;

    protected Application() {
    }

    public Application(Applicant applicant, County county, OfficeType officeType, String proposedLocality,
                       Set<RequiredDocument> documents, Integer priorityScore, Instant now) {
        String locality = PersianText.normalize(proposedLocality);
        if (locality == null || locality.isEmpty() || locality.length() > 100) {
            throw BusinessException.invalid("LOCALITY_REQUIRED", "شهر یا روستای محل پیشنهادی دفتر را وارد کنید.",
                    "The proposed city or village is required.");
        }
        if (officeType == null) {
            throw CapacityRefusals.officeTypeRequired();
        }
        this.applicant = applicant;
        this.county = county;
        this.officeType = officeType;
        this.proposedLocality = locality;
        this.priorityScore = priorityScore;
        this.submittedAt = now;
        this.status = ApplicationStatus.WAITING;
        this.statusChangedAt = now;
        checkDocuments(documents);
    }

    /**
     * An application on a county's waitlist in an old register, brought in by the roll-out: history
     * from before this system, so it waits with its historical place — {@code submittedAt} is the
     * day it was made (the caller keeps the file's order within a day) — and the documents checked
     * then. It joins the waitlist as WAITING; bringing it in offers it nothing.
     */
    public static Application imported(Applicant applicant, County county, OfficeType officeType, String proposedLocality,
                                       Set<RequiredDocument> documents, Instant submittedAt, Instant now) {
        if (submittedAt == null || submittedAt.isAfter(now)) {
            throw BusinessException.invalid("APPLICATION_DATE_INVALID", "تاریخ درخواست لازم است و پس از امروز نیست.",
                    "The application's date is required and not in the future.");
        }
        Application a = new Application(applicant, county, officeType, proposedLocality, documents, null, now);
        a.submittedAt = submittedAt;
        return a;
    }

    /**
     * The same application brought in again: the proposed locality and the documents checked take
     * the file's values; its place on the waitlist and its status stay. Returns whether anything
     * changed.
     */
    public boolean reimport(String proposedLocality, Set<RequiredDocument> documents) {
        String locality = PersianText.normalize(proposedLocality);
        if (locality == null || locality.isEmpty() || locality.length() > 100) {
            throw BusinessException.invalid("LOCALITY_REQUIRED", "شهر یا روستای محل پیشنهادی دفتر را وارد کنید.",
                    "The proposed city or village is required.");
        }
        String before = this.proposedLocality + "|" + this.documents;
        this.proposedLocality = locality;
        checkDocuments(documents);
        return !before.equals(this.proposedLocality + "|" + this.documents);
    }

    /** Records which documents were checked. */
    public void checkDocuments(Set<RequiredDocument> checked) {
        Set<RequiredDocument> docs = checked == null || checked.isEmpty() ? EnumSet.noneOf(RequiredDocument.class)
                : EnumSet.copyOf(checked);
        this.documents = docs.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public Set<RequiredDocument> getDocuments() {
        if (documents == null || documents.isBlank()) {
            return EnumSet.noneOf(RequiredDocument.class);
        }
        return Arrays.stream(documents.split(",")).map(RequiredDocument::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RequiredDocument.class)));
    }

    /** The documents still missing; a licence is issued only when none is. */
    public Set<RequiredDocument> missingDocuments() {
        Set<RequiredDocument> missing = EnumSet.allOf(RequiredDocument.class);
        missing.removeAll(getDocuments());
        return missing;
    }

    /** Refuses with {@code DOCUMENTS_MISSING} unless every required document was checked. */
    public void requireAllDocuments() {
        Set<RequiredDocument> missing = missingDocuments();
        if (!missing.isEmpty()) {
            throw CapacityRefusals.documentsMissing(missing);
        }
    }

    public void invited(Instant now) {
        require(ApplicationStatus.WAITING, "invite");
        move(ApplicationStatus.INVITED, now);
    }

    public void acceptedInvitation(Instant now) {
        require(ApplicationStatus.INVITED, "accept an invitation for");
        move(ApplicationStatus.HOLDING_SLOT, now);
    }

    /** Declined or let the invitation lapse: the application leaves the waitlist. */
    public void closed(Instant now) {
        require(ApplicationStatus.INVITED, "close");
        move(ApplicationStatus.CLOSED, now);
    }

    public void licensed(Instant now) {
        if (status != ApplicationStatus.HOLDING_SLOT && status != ApplicationStatus.WAITING) {
            throw refused("issue a licence on");
        }
        move(ApplicationStatus.LICENSED, now);
    }

    /** Withdrawn by the applicant. Returns true if it held or was offered a slot, which is now free. */
    public boolean withdraw(Instant now) {
        if (status != ApplicationStatus.WAITING && status != ApplicationStatus.INVITED
                && status != ApplicationStatus.HOLDING_SLOT) {
            throw refused("withdraw");
        }
        boolean heldSlot = status != ApplicationStatus.WAITING;
        move(ApplicationStatus.WITHDRAWN, now);
        return heldSlot;
    }

    private void require(ApplicationStatus expected, String action) {
        if (status != expected) {
            throw refused(action);
        }
    }

    private BusinessException refused(String action) {
        return BusinessException.rule("APPLICATION_STATE",
                "این درخواست در وضعیت «" + status.persianName() + "» است و این کار برای آن ممکن نیست.",
                "Cannot " + action + " an application that is " + status + ".");
    }

    private void move(ApplicationStatus next, Instant now) {
        this.status = next;
        this.statusChangedAt = now;
    }

    @Override
    public String auditType() {
        return "Application";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("applicant", applicant.getNationalCode());
        s.put("countyId", county.getId());
        s.put("officeType", officeType.name());
        s.put("locality", proposedLocality);
        s.put("documents", documents);
        s.put("status", status.name());
        return s;
    }

    public Long getId() { return id; }
    public Applicant getApplicant() { return applicant; }
    public County getCounty() { return county; }
    public OfficeType getOfficeType() { return officeType; }
    public String getProposedLocality() { return proposedLocality; }
    public Integer getPriorityScore() { return priorityScore; }
    public Instant getSubmittedAt() { return submittedAt; }
    public ApplicationStatus getStatus() { return status; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public long getVersion() { return version; }
}
