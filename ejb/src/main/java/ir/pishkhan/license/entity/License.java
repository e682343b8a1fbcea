package ir.pishkhan.license.entity;

import ir.pishkhan.capacity.entity.Applicant;
import ir.pishkhan.office.entity.OfficeType;
import ir.pishkhan.place.entity.County;
import ir.pishkhan.place.entity.InCounty;
import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.error.Refusals;
import ir.pishkhan.shared.jalali.JalaliDates;
import ir.pishkhan.shared.persistence.Versioned;
import ir.pishkhan.shared.text.PersianNumbers;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A licence (پروانه) to run a counter office or rural ICT office: its number, holder, office,
 * county, validity and status, and its history of events.
 *
 * <p>Invariants kept here: the number changes only by an administrator's {@link #correct
 * correction}; the office details are never blank; every change appends an event (history is
 * never rewritten). The version column makes two clerks
 * changing the same licence at once collide: the second is told, never silently overwritten.
 */
@Entity
@Table(name = "license")
@EntityListeners(LicenseWrites.class)
@NamedQuery(name = License.BY_NUMBER, query = "SELECT l FROM License l WHERE l.number = :number")
@NamedQuery(name = License.VERIFICATION, query = "SELECT l.number, l.status, l.officeName, l.officeType, p.nameFa,"
        + " c.nameFa, l.locality, l.issueDate, l.expiryDate, h.firstName, h.lastName"
        + " FROM License l JOIN l.county c JOIN c.province p JOIN l.holder h WHERE l.number = :number")
public class License implements java.io.Serializable, InCounty, Versioned {

    private static final long serialVersionUID = 1L;

    public static final String BY_NUMBER = "License.byNumber";
    /** What public verification shows, as columns (see {@code Verification}). */
    public static final String VERIFICATION = "License.verification";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "holder_id", nullable = false)
    private Applicant holder;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    @Enumerated(EnumType.STRING)
    @Column(name = "office_type", nullable = false, length = 32)
    private OfficeType officeType;

    @Column(name = "office_name", nullable = false, length = 150)
    private String officeName;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(nullable = false, length = 100)
    private String locality;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "expiry_date", nullable = false)
    private LocalDate expiryDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LicenseStatus status;

    @Column(name = "suspended_until")
    private LocalDate suspendedUntil;

    @Column(name = "application_id")
    private Long applicationId;

    /** The day the office closed because its licence was revoked. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @OneToMany(mappedBy = "license", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<LicenseEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected License() {
    }

    /** The number, holder, county, type and office of a new licence, issued or imported; the office details never blank. */
    private License(String number, LicenseGrant grant, OfficeSite office) {
        this.number = number;
        this.holder = grant.holder();
        this.county = grant.county();
        this.officeType = grant.officeType();
        this.officeName = required(office.name(), 150, "OFFICE_NAME_REQUIRED", "نام دفتر", "office name");
        this.address = required(office.address(), 300, "ADDRESS_REQUIRED", "نشانی دفتر", "address");
        this.locality = required(office.locality(), 100, "LOCALITY_REQUIRED", "شهر یا روستای محل دفتر", "locality");
    }

    /** Issues a new, active licence for the office, valid for the given term from its first day. */
    public static License issue(LicenseGrant grant, OfficeSite office, Validity validity, String actor, Instant now) {
        License l = new License(grant.number(), grant, office);
        l.issueDate = validity.from();
        l.expiryDate = validity.until();
        l.status = LicenseStatus.ACTIVE;
        l.applicationId = grant.applicationId();
        l.events.add(new LicenseEvent(l, LicenseEventType.ISSUED, now, actor, null, null, l.describe()));
        return l;
    }

    /**
     * A licence of an old register, brought in by the roll-out (ورود از سامانهٔ پیشین). It stands
     * for history from before this system, so it is recorded as it stands there, not issued: its
     * number as it was issued (of this system's shape or an old register's), its dates, and the
     * status it has there — active, suspended until its last day ({@code suspendedUntil}), expired,
     * or revoked (the office closed on {@code revokedOn}); a licence given up is not brought in.
     * The office details are never blank and the validity never ends before it starts, as for an
     * issued licence. Its history starts with one IMPORTED event whose reason says where it came
     * from. Whether its slot fits the county's capacity is the capacity book's concern
     * ({@code CapacityBook.occupyImported}), not the licence's.
     */
    public static License imported(LicenseGrant grant, OfficeSite office, LocalDate issueDate, LocalDate expiryDate,
                                   LicenseStatus status, LocalDate suspendedUntil, LocalDate revokedOn, String reason,
                                   String actor, Instant now) {
        String number = grant.number() == null ? "" : grant.number().strip();
        if (number.isEmpty() || number.length() > LicenseNumber.MAX_LENGTH) {
            throw LicenseRefusals.importInvalid("شمارهٔ پروانه باید ۱ تا ۴۰ نویسه باشد.",
                    "The licence number must be 1 to 40 characters.");
        }
        LicenseRefusals.requireImportable(status, issueDate, expiryDate, suspendedUntil, revokedOn);
        License l = new License(number, grant, office);
        l.issueDate = issueDate;
        l.expiryDate = expiryDate;
        l.status = status;
        l.suspendedUntil = status == LicenseStatus.SUSPENDED ? suspendedUntil : null;
        l.closedOn = status == LicenseStatus.REVOKED ? revokedOn : null;
        l.applicationId = grant.applicationId();
        l.events.add(new LicenseEvent(l, LicenseEventType.IMPORTED, now, actor, reason, null, l.describe()));
        return l;
    }

    /**
     * The same licence brought in again, from a corrected or repeated file: the office's name,
     * address and locality, the issue and expiry dates and the holder take the file's values, and a
     * CORRECTED event keeps the state before and after with the import's reason. Never a status
     * change: a file whose status, suspension's last day or revocation day differs from the
     * register's, or that puts the licence in another county or office type, is refused
     * ({@code LICENSE_IMPORT_STATUS_DIFFERS}, {@code LICENSE_IMPORT_PLACE_DIFFERS}) before anything
     * changes — status changes are the lifecycle's use cases. The holder is found or registered
     * only once that is settled ({@code holderOnceChecked}: registering updates the person's
     * details). Returns whether anything changed; nothing changed, nothing is written.
     */
    public boolean reimport(java.util.function.Supplier<Applicant> holderOnceChecked, County inCounty, OfficeType type,
                            OfficeSite office, LocalDate newIssueDate, LocalDate newExpiryDate, LicenseStatus inStatus,
                            LocalDate inSuspendedUntil, LocalDate inRevokedOn, String reason, String actor, Instant now) {
        if (!county.getId().equals(inCounty.getId()) || officeType != type) {
            throw LicenseRefusals.importPlaceDiffers(officeType, county.getNameFa());
        }
        boolean sameStatus = status == inStatus
                && java.util.Objects.equals(status == LicenseStatus.SUSPENDED ? suspendedUntil : null,
                        inStatus == LicenseStatus.SUSPENDED ? inSuspendedUntil : null)
                && java.util.Objects.equals(status == LicenseStatus.REVOKED ? closedOn : null,
                        inStatus == LicenseStatus.REVOKED ? inRevokedOn : null);
        if (!sameStatus) {
            throw LicenseRefusals.importStatusDiffers(status, suspendedUntil, status == LicenseStatus.REVOKED ? closedOn : null);
        }
        LicenseRefusals.requireImportable(inStatus, newIssueDate, newExpiryDate, inSuspendedUntil, inRevokedOn);
        String name = required(office.name(), 150, "OFFICE_NAME_REQUIRED", "نام دفتر", "office name");
        String addr = required(office.address(), 300, "ADDRESS_REQUIRED", "نشانی دفتر", "address");
        String place = required(office.locality(), 100, "LOCALITY_REQUIRED", "شهر یا روستای محل دفتر", "locality");
        String before = describe();
        Applicant newHolder = holderOnceChecked.get();
        holder = newHolder;
        officeName = name;
        address = addr;
        locality = place;
        issueDate = newIssueDate;
        expiryDate = newExpiryDate;
        String after = describe();
        if (after.equals(before)) {
            return false;
        }
        events.add(new LicenseEvent(this, LicenseEventType.CORRECTED, now, actor, reason, before, after));
        return true;
    }

    private static String required(String value, int max, String code, String fa, String en) {
        String v = PersianText.normalize(value);
        if (v == null || v.isEmpty() || v.length() > max) {
            throw BusinessException.invalid(code, fa + " را وارد کنید (حداکثر " + PersianNumbers.quantity(max) + " نویسه).",
                    "The " + en + " is required (at most " + max + " characters).");
        }
        return v;
    }

    /** How a renewal request stands against the licence's dates. */
    public enum RenewalTiming { IN_WINDOW, IN_GRACE }

    /** What a county clerk may do with a licence, each allowed only in some statuses ({@link #allowedActions()}). */
    public enum Action {
        RENEW("تمدید"),
        RELOCATE("جابه‌جایی"),
        ADD_BOOTH("ثبت غرفهٔ موقت"),
        TRANSFER("واگذاری"),
        SURRENDER("ابطال به درخواست دارنده"),
        ADD_CONTRACT("ثبت قرارداد خدمات");

        private final String persianName;

        Action(String persianName) {
            this.persianName = persianName;
        }

        public String persianName() {
            return persianName;
        }
    }

    /**
     * What the licence's status allows: everything while it is active; while it is suspended,
     * only giving it up and recording service contracts (it keeps its slot); nothing once it is
     * revoked, expired or surrendered. The methods below refuse what is not allowed, and the
     * licence page offers only what is.
     */
    public java.util.Set<Action> allowedActions() {
        return switch (status) {
            case ACTIVE -> java.util.EnumSet.allOf(Action.class);
            case SUSPENDED -> java.util.EnumSet.of(Action.SURRENDER, Action.ADD_CONTRACT);
            case EXPIRED, REVOKED, SURRENDERED -> java.util.EnumSet.noneOf(Action.class);
        };
    }

    public boolean allows(Action action) {
        return allowedActions().contains(action);
    }

    /**
     * The day the licence entered its present status, in the given zone (Tehran): the day the
     * office closed for a revoked or expired licence, else the day of the event that brought the
     * status about. Null for an active licence.
     */
    public LocalDate statusSince(java.time.ZoneId zone) {
        if (status == LicenseStatus.ACTIVE) {
            return null;
        }
        if (closedOn != null && (status == LicenseStatus.REVOKED || status == LicenseStatus.EXPIRED)) {
            return closedOn;
        }
        LicenseEventType cause = LicenseEventType.valueOf(status.name());
        return events.stream().filter(e -> e.getType() == cause).map(LicenseEvent::getOccurredAt).max(Instant::compareTo)
                .map(at -> LocalDate.ofInstant(at, zone)).orElse(null);
    }

    /**
     * Renews the licence on the office type's terms: the new validity runs on from the old expiry
     * date, not from today. Refused while suspended, before the renewal window opens, and after
     * the grace period. Returns whether the renewal fell in the grace period (a late fee is due).
     */
    public RenewalTiming renew(LocalDate today, RenewalTerms terms, String actor, Instant now) {
        if (status == LicenseStatus.SUSPENDED) {
            throw BusinessException.rule("LICENSE_SUSPENDED", "پروانهٔ تعلیق‌شده تمدید نمی‌شود.",
                    "A suspended licence cannot be renewed.");
        }
        if (!allows(Action.RENEW)) {
            throw LicenseRefusals.notActive(status, "تمدید نمی‌شود", "cannot be renewed");
        }
        RenewalTiming timing = terms.timing(expiryDate, today);
        String before = describe();
        expiryDate = expiryDate.plusYears(terms.validityYears());
        events.add(new LicenseEvent(this, LicenseEventType.RENEWED, now, actor, null, before, describe()));
        return timing;
    }

    /**
     * Moves the office to a new address within the locality named on the licence (never outside
     * it), with the working group's approval on record.
     */
    public void relocate(String newAddress, String newLocality, String approvalRef, LocalDate approvalDate,
                         String actor, Instant now) {
        require(Action.RELOCATE, "relocate");
        String locality = PersianText.normalize(newLocality);
        if (locality != null && !locality.isEmpty()
                && !PersianText.searchKey(locality).equals(PersianText.searchKey(this.locality))) {
            throw BusinessException.rule("RELOCATION_OUTSIDE_LOCALITY",
                    "جابه‌جایی دفتر فقط در همان شهر یا روستای درج‌شده در پروانه («" + this.locality + "») مجاز است.",
                    "An office may only move within the locality named on its licence (" + this.locality + ").");
        }
        if (approvalRef == null || approvalRef.isBlank() || approvalDate == null) {
            throw BusinessException.invalid("WG_APPROVAL_REQUIRED",
                    "شماره و تاریخ مصوبهٔ کارگروه برای نشانی تازه لازم است.",
                    "The working group's approval (reference and date) of the new address is required.");
        }
        String before = describe();
        this.address = required(newAddress, 300, "ADDRESS_REQUIRED", "نشانی تازهٔ دفتر", "new address");
        events.add(new LicenseEvent(this, LicenseEventType.RELOCATED, now, actor,
                "مصوبهٔ کارگروه " + approvalRef.trim() + " (" + JalaliDates.format(approvalDate) + ")", before, describe()));
    }

    /**
     * Adds a temporary booth elsewhere, approved by the working group (the address on the licence
     * does not change; the history notes the booth). Only for an active licence; the booth lies
     * within one Jalali year, overlaps none of the licence's {@code earlier} booths, and with them
     * totals at most {@link TemporaryBooth#MAX_DAYS_A_YEAR} days in that year.
     *
     * @return the new booth, for the caller to persist
     */
    public TemporaryBooth addBooth(BoothPlan plan, java.util.Collection<TemporaryBooth> earlier, String actor, Instant now) {
        if (!allows(Action.ADD_BOOTH)) {
            throw LicenseRefusals.notActive("برای پروانهٔ غیرفعال غرفهٔ موقت ثبت نمی‌شود.",
                    "No booth can be recorded for a licence that is not active.");
        }
        TemporaryBooth booth = new TemporaryBooth(this, plan.place(), plan.from(), plan.to(), plan.approvalRef(), now);
        int year = JalaliDates.jalaliYear(booth.getStartDate());
        if (JalaliDates.jalaliYear(booth.getEndDate()) != year) {
            throw LicenseRefusals.boothCrossesYear();
        }
        if (earlier.stream().anyMatch(booth::overlaps)) {
            throw LicenseRefusals.boothOverlaps();
        }
        long used = earlier.stream().filter(b -> JalaliDates.jalaliYear(b.getStartDate()) == year)
                .mapToLong(TemporaryBooth::days).sum();
        if (used + booth.days() > TemporaryBooth.MAX_DAYS_A_YEAR) {
            throw LicenseRefusals.boothLimit(used, year);
        }
        events.add(new LicenseEvent(this, LicenseEventType.RELOCATED, now, actor,
                "غرفهٔ موقت در " + booth.getPlace() + " از " + JalaliDates.format(booth.getStartDate()) + " تا "
                        + JalaliDates.format(booth.getEndDate()) + " (مصوبهٔ " + booth.getApprovalRef() + ")",
                null, null));
        return booth;
    }

    /**
     * Transfers the licence to a new holder (واگذاری): the number stays, the holder changes, the
     * history keeps the checks. Refused unless the transfer {@code policy}'s preconditions hold
     * on {@code today}, the status allows a transfer, and the new holder is someone else.
     */
    public void transferTo(Applicant newHolder, TransferRequest request, TransferPolicy policy, LocalDate today,
                           String actor, Instant now) {
        transferTo(() -> newHolder, request, policy, today, actor, now);
    }

    /**
     * As {@link #transferTo(Applicant, TransferRequest, TransferPolicy, LocalDate, String, Instant)},
     * with the new holder found or registered only once the transfer's preconditions hold, so a
     * refused transfer is refused for its preconditions first and registers nobody.
     */
    public void transferTo(java.util.function.Supplier<Applicant> holderOnceApproved, TransferRequest request,
                           TransferPolicy policy, LocalDate today, String actor, Instant now) {
        policy.approve(this, request, today);
        Applicant newHolder = holderOnceApproved.get();
        require(Action.TRANSFER, "transfer");
        if (newHolder.getNationalCode().equals(holder.getNationalCode())) {
            throw BusinessException.rule("TRANSFER_SAME_HOLDER", "دارندهٔ تازه همان دارندهٔ فعلی است.",
                    "The new holder is the current holder.");
        }
        String before = describe();
        this.holder = newHolder;
        events.add(new LicenseEvent(this, LicenseEventType.TRANSFERRED, now, actor, request.summary(), before, describe()));
    }

    /** When the licence was last transferred, if ever. */
    public java.util.Optional<Instant> lastTransfer() {
        return events.stream().filter(e -> e.getType() == LicenseEventType.TRANSFERRED)
                .map(LicenseEvent::getOccurredAt).max(Instant::compareTo);
    }

    /** The holder gives the licence up (ابطال به درخواست دارنده); its slot is freed. */
    public void surrender(String reason, String actor, Instant now) {
        if (!allows(Action.SURRENDER)) {
            throw LicenseRefusals.notActive(status, "ابطال نمی‌شود", "cannot be surrendered");
        }
        String before = describe();
        status = LicenseStatus.SURRENDERED;
        suspendedUntil = null;
        events.add(new LicenseEvent(this, LicenseEventType.SURRENDERED, now, actor, reason, before, describe()));
    }

    /**
     * Suspends the licence (تعلیق) until the given day, as the working group decided. A licence
     * already suspended stays suspended until the later of the two days. The slot stays taken.
     */
    public void suspend(LocalDate until, String reason, String actor, Instant now) {
        if (!status.occupiesSlot()) {
            throw LicenseRefusals.notActive(status, "تعلیق نمی‌شود", "cannot be suspended");
        }
        String before = describe();
        status = LicenseStatus.SUSPENDED;
        suspendedUntil = suspendedUntil == null || until.isAfter(suspendedUntil) ? until : suspendedUntil;
        events.add(new LicenseEvent(this, LicenseEventType.SUSPENDED, now, actor, reason, before, describe()));
    }

    /** Ends a suspension whose last day has passed (رفع تعلیق). */
    public void reinstate(LocalDate today, String actor, Instant now) {
        if (status != LicenseStatus.SUSPENDED) {
            throw BusinessException.rule("LICENSE_NOT_SUSPENDED", "این پروانه در تعلیق نیست.",
                    "The licence is not suspended.");
        }
        if (suspendedUntil != null && !today.isAfter(suspendedUntil)) {
            throw BusinessException.rule("SUSPENSION_NOT_OVER",
                    "تعلیق این پروانه تا " + JalaliDates.format(suspendedUntil) + " ادامه دارد.",
                    "The suspension lasts until " + suspendedUntil + ".");
        }
        String before = describe();
        status = LicenseStatus.ACTIVE;
        suspendedUntil = null;
        events.add(new LicenseEvent(this, LicenseEventType.REINSTATED, now, actor, null, before, describe()));
    }

    /**
     * Expires a licence whose grace period has passed without renewal (انقضای پروانه). Only the
     * nightly check does this; the slot is freed by the caller. Refused while it is still within
     * {@code expiryDate + graceDays}, so a second run on the same day finds nothing to do.
     */
    public void expire(LocalDate today, int graceDays, String actor, Instant now) {
        if (!status.occupiesSlot()) {
            throw LicenseRefusals.notActive(status, "منقضی نمی‌شود", "cannot expire");
        }
        if (!today.isAfter(expiryDate.plusDays(graceDays))) {
            throw BusinessException.rule("GRACE_NOT_OVER", "مهلت تمدید این پروانه هنوز تمام نشده است.",
                    "The licence is still within its renewal grace period.");
        }
        String before = describe();
        status = LicenseStatus.EXPIRED;
        suspendedUntil = null;
        closedOn = expiryDate.plusDays(graceDays).plusDays(1);
        events.add(new LicenseEvent(this, LicenseEventType.EXPIRED, now, actor, null, before, describe()));
    }

    /**
     * What an administrator corrects on a licence (اصلاح اطلاعات): each field null when it stays
     * as it is. The holder's fields correct the person ({@link Applicant#correct}), who is the
     * same person on their other licences and applications.
     */
    public record Correction(String officeName, String address, LocalDate issueDate, LicenseNumber number,
                             String holderFirstName, String holderLastName, String holderNationalCode) {
    }

    /**
     * An administrator's fix of data registered wrongly (اصلاح اطلاعات), with a reason: the office
     * name, the address, the issue date (before the expiry date, not after {@code today}), the
     * number (one of this system's shape must name this licence's own county and office type;
     * whether another licence has it is the caller's question to the register) and the holder's
     * names and national code. Never the status, the dates of validity or anything else a use case
     * decides. Refused when it would change nothing. Everything is checked before anything changes;
     * the history gets a CORRECTED event with the state before and after and the reason.
     */
    public void correct(Correction c, LocalDate today, String reason, String actor, Instant now) {
        String why = Refusals.requireReason(reason, "اصلاح اطلاعات", "the correction");
        String name = c.officeName() == null ? officeName
                : required(c.officeName(), 150, "OFFICE_NAME_REQUIRED", "نام دفتر", "office name");
        String addr = c.address() == null ? address : required(c.address(), 300, "ADDRESS_REQUIRED", "نشانی دفتر", "address");
        LocalDate issued = c.issueDate() == null ? issueDate : c.issueDate();
        if (!issued.equals(issueDate) && (!issued.isBefore(expiryDate) || issued.isAfter(today))) {
            throw LicenseRefusals.issueDateInvalid(expiryDate);
        }
        String num = number;
        if (c.number() != null) {
            LicenseNumber n = c.number();
            if (n.isIssuedHere() && (!n.countyId().equals(county.getId()) || n.officeType() != officeType)) {
                throw LicenseRefusals.numberOfAnotherOffice(n.value());
            }
            num = n.value();
        }
        String before = describe();
        // The holder checks all its fields before it changes any; nothing below refuses after a change.
        boolean holderChanged = holder.correct(c.holderFirstName(), c.holderLastName(), c.holderNationalCode());
        if (!holderChanged && name.equals(officeName) && addr.equals(address) && issued.equals(issueDate)
                && num.equals(number)) {
            throw LicenseRefusals.nothingToCorrect();
        }
        officeName = name;
        address = addr;
        issueDate = issued;
        number = num;
        events.add(new LicenseEvent(this, LicenseEventType.CORRECTED, now, actor, why, before, describe()));
    }

    /**
     * Notes in the history that one of the office's service contracts was corrected (the contract
     * calls this from {@link ServiceContract#correct}).
     */
    void contractCorrected(ServiceContract contract, String before, String after, String reason, String actor, Instant now) {
        events.add(new LicenseEvent(this, LicenseEventType.CORRECTED, now, actor,
                "قرارداد خدمت شمارهٔ " + PersianNumbers.digits(contract.getId()) + " با "
                        + contract.getAgency().persianName() + ": " + reason, before, after));
    }

    /** Revokes the licence (لغو پروانه) as the province approved; the office closes today. */
    public void revoke(LocalDate today, String reason, String actor, Instant now) {
        if (!status.occupiesSlot()) {
            throw LicenseRefusals.notActive(status, "لغو نمی‌شود", "cannot be revoked");
        }
        String before = describe();
        status = LicenseStatus.REVOKED;
        suspendedUntil = null;
        closedOn = today;
        events.add(new LicenseEvent(this, LicenseEventType.REVOKED, now, actor, reason, before, describe()));
    }

    private void require(Action allowed, String action) {
        if (!allows(allowed)) {
            throw LicenseRefusals.actionNotAllowed(status, action);
        }
    }

    @Override
    public String auditType() {
        return "License";
    }

    @Override
    public Object auditId() {
        return number;
    }

    @Override
    public String persianThis() {
        return "این پروانه";
    }

    @Override
    public String englishThis() {
        return "this licence";
    }

    /** The licence's state as history and the audit trail record it. */
    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", number);
        s.put("holder", holder.getNationalCode());
        s.put("holderName", holder.fullName());
        s.put("officeName", officeName);
        s.put("address", address);
        s.put("locality", locality);
        s.put("issueDate", issueDate.toString());
        s.put("expiryDate", expiryDate.toString());
        s.put("status", status.name());
        if (suspendedUntil != null) {
            s.put("suspendedUntil", suspendedUntil.toString());
        }
        if (closedOn != null) {
            s.put("closedOn", closedOn.toString());
        }
        return s;
    }

    private String describe() {
        return snapshot().toString();
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Applicant getHolder() { return holder; }
    public County getCounty() { return county; }
    public OfficeType getOfficeType() { return officeType; }
    public String getOfficeName() { return officeName; }
    public String getAddress() { return address; }
    public String getLocality() { return locality; }
    public LocalDate getIssueDate() { return issueDate; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public LicenseStatus getStatus() { return status; }
    public LocalDate getSuspendedUntil() { return suspendedUntil; }
    public Long getApplicationId() { return applicationId; }
    public LocalDate getClosedOn() { return closedOn; }
    public List<LicenseEvent> getEvents() { return Collections.unmodifiableList(events); }
    @Override
    public long getVersion() { return version; }
}
