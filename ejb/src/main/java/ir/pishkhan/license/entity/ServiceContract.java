package ir.pishkhan.license.entity;

import ir.pishkhan.office.entity.Agency;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A service contract (قرارداد خدمات) between a licensed office and one agency: which services
 * the office delivers for it, since when, and whether the contract is active, suspended by the
 * agency, or ended. An ended contract never comes back; a new one is signed instead.
 */
@Entity
@Table(name = "service_contract")
public class ServiceContract implements java.io.Serializable, ir.pishkhan.shared.audit.Audited {

    private static final long serialVersionUID = 1L;

    /** Where a contract stands. */
    public enum Status { ACTIVE, SUSPENDED, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Agency agency;

    @Column(nullable = false, length = 300)
    private String services;

    @Column(nullable = false)
    private LocalDate since;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Version
    private long version;

    protected ServiceContract() {
    }

    public ServiceContract(License license, Agency agency, String services, LocalDate since, Instant now) {
        String s = validServices(agency, services, since);
        this.license = license;
        this.agency = agency;
        this.services = s;
        this.since = since;
        this.status = Status.ACTIVE;
        this.statusChangedAt = now;
    }

    private static String validServices(Agency agency, String services, LocalDate since) {
        String s = PersianText.normalize(services);
        if (agency == null || s == null || s.isEmpty() || s.length() > 300 || since == null) {
            throw BusinessException.invalid("CONTRACT_INVALID", "دستگاه، خدمات (حداکثر ۳۰۰ نویسه) و تاریخ آغاز قرارداد لازم است.",
                    "The agency, the services (at most 300 characters) and the start date are required.");
        }
        return s;
    }

    /**
     * An administrator's fix of the contract's data registered wrongly (اصلاح اطلاعات قرارداد),
     * with a reason: the agency, the services, the start date — each null when it stays as it is.
     * Never its status. Refused when it would change nothing. The office's licence notes the
     * correction in its history, with the contract before and after. Whether the office already has
     * a current contract with a corrected agency is the caller's question to the register.
     */
    public void correct(Agency newAgency, String newServices, LocalDate newSince, String reason, String actor, Instant now) {
        String why = ir.pishkhan.shared.error.Refusals.requireReason(reason, "اصلاح اطلاعات قرارداد", "the correction");
        Agency a = newAgency == null ? agency : newAgency;
        LocalDate d = newSince == null ? since : newSince;
        String s = validServices(a, newServices == null ? services : newServices, d);
        if (a == agency && s.equals(services) && d.equals(since)) {
            throw LicenseRefusals.nothingToCorrect();
        }
        String before = describe();
        agency = a;
        services = s;
        since = d;
        license.contractCorrected(this, before, describe(), why, actor, now);
    }

    /** The contract as the licence's history writes it, in a fixed order. */
    private String describe() {
        Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("license", license.getNumber());
        d.put("agency", agency.name());
        d.put("services", services);
        d.put("since", since.toString());
        d.put("status", status.name());
        return d.toString();
    }

    /**
     * A service contract of an old register, brought in by the roll-out with the status it has
     * there (active, suspended by the agency, or ended): history from before this system. The
     * agency, the services and the start day are required as for a new contract.
     */
    public static ServiceContract imported(License license, Agency agency, String services, LocalDate since,
                                           Status status, String reason, Instant now) {
        ServiceContract c = new ServiceContract(license, agency, services, since, now);
        if (status != null && status != Status.ACTIVE) {
            c.move(status, reason, now);
        }
        return c;
    }

    /**
     * The same contract brought in again: the services and the start day take the file's values.
     * Never a status change: a file with another status is refused ({@code CONTRACT_IMPORT_STATUS_DIFFERS})
     * before anything changes — suspending and ending are the agency's use cases. Returns whether
     * anything changed.
     */
    public boolean reimport(String newServices, LocalDate newSince, Status inStatus) {
        Status given = inStatus == null ? Status.ACTIVE : inStatus;
        if (given != status) {
            throw BusinessException.rule("CONTRACT_IMPORT_STATUS_DIFFERS", "وضعیت این قرارداد در سامانه «" + persianStatus()
                            + "» است؛ ورود اطلاعات وضعیت قرارداد ثبت‌شده را تغییر نمی‌دهد.",
                    "The register has this contract as " + status + "; an import never changes a contract's status.");
        }
        String s = PersianText.normalize(newServices);
        if (s == null || s.isEmpty() || s.length() > 300 || newSince == null) {
            throw BusinessException.invalid("CONTRACT_INVALID", "دستگاه، خدمات (حداکثر ۳۰۰ نویسه) و تاریخ آغاز قرارداد لازم است.",
                    "The agency, the services (at most 300 characters) and the start date are required.");
        }
        boolean changed = !s.equals(services) || !newSince.equals(since);
        services = s;
        since = newSince;
        return changed;
    }

    /** The agency pauses the contract; only an active contract can be suspended. */
    public void suspend(String reason, Instant now) {
        if (status != Status.ACTIVE) {
            throw refused("suspend");
        }
        move(Status.SUSPENDED, reason, now);
    }

    /** The agency (or a revocation) ends the contract for good. */
    public void end(String reason, Instant now) {
        if (status == Status.ENDED) {
            throw refused("end");
        }
        move(Status.ENDED, reason, now);
    }

    private void move(Status next, String reason, Instant now) {
        this.status = next;
        this.statusReason = reason == null || reason.isBlank() ? null : reason.trim();
        this.statusChangedAt = now;
    }

    private BusinessException refused(String action) {
        return BusinessException.rule("CONTRACT_STATE", "این قرارداد در وضعیت " + persianStatus() + " است و این کار ممکن نیست.",
                "Cannot " + action + " a contract that is " + status + ".");
    }

    public String persianStatus() {
        return switch (status) {
            case ACTIVE -> "فعال";
            case SUSPENDED -> "معلق";
            case ENDED -> "پایان‌یافته";
        };
    }

    @Override
    public String auditType() {
        return "ServiceContract";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Long auditProvinceId() {
        return license.getCounty().getProvince().getId();
    }

    @Override
    public Long auditCountyId() {
        return license.getCounty().getId();
    }

    @Override
    public Map<String, Object> snapshot() {
        return Map.of("license", license.getNumber(), "agency", agency.name(), "services", services,
                "since", since.toString(), "status", status.name());
    }

    public Long getId() { return id; }
    public License getLicense() { return license; }
    public Agency getAgency() { return agency; }
    public String getServices() { return services; }
    public LocalDate getSince() { return since; }
    public Status getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
}
