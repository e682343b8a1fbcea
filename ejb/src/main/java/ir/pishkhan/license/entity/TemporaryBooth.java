package ir.pishkhan.license.entity;

import ir.pishkhan.shared.error.BusinessException;
import ir.pishkhan.shared.text.PersianText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A temporary booth (غرفهٔ موقت): the office serves from another place for a few days, with the
 * working group's approval. Together a licence's booths may not exceed {@link #MAX_DAYS_A_YEAR}
 * days in one Jalali year.
 */
@Entity
@Table(name = "temporary_booth")
public class TemporaryBooth implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** "At most one month a year". */
    public static final int MAX_DAYS_A_YEAR = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "approval_ref", nullable = false, length = 64)
    private String approvalRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TemporaryBooth() {
    }

    public TemporaryBooth(License license, String place, LocalDate startDate, LocalDate endDate, String approvalRef,
                          Instant now) {
        String p = PersianText.normalize(place);
        if (p == null || p.isEmpty() || p.length() > 300) {
            throw BusinessException.invalid("BOOTH_PLACE_REQUIRED", "محل غرفهٔ موقت را وارد کنید.", "The booth's place is required.");
        }
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw BusinessException.invalid("BOOTH_DATES_INVALID", "تاریخ آغاز و پایان غرفه را درست وارد کنید.",
                    "Give a start date and an end date not before it.");
        }
        if (approvalRef == null || approvalRef.isBlank()) {
            throw BusinessException.invalid("WG_APPROVAL_REQUIRED", "شمارهٔ مصوبهٔ کارگروه برای غرفهٔ موقت لازم است.",
                    "The working group's approval reference is required.");
        }
        this.license = license;
        this.place = p;
        this.startDate = startDate;
        this.endDate = endDate;
        this.approvalRef = approvalRef.trim();
        this.createdAt = now;
    }

    /** Days the booth covers, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    public boolean overlaps(TemporaryBooth other) {
        return !endDate.isBefore(other.startDate) && !other.endDate.isBefore(startDate);
    }

    public Long getId() { return id; }
    public License getLicense() { return license; }
    public String getPlace() { return place; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public String getApprovalRef() { return approvalRef; }
}
