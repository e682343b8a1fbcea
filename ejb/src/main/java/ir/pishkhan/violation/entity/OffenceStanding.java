package ir.pishkhan.violation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An office's repeat-offence standing (وضعیت تکرار تخلف), recomputed nightly: its negative
 * points over the rolling 12 months and what the ladder already calls for (NONE when nothing).
 */
@Entity
@Table(name = "offence_standing")
public class OffenceStanding implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String NONE = "NONE";

    @Id
    @Column(name = "license_id")
    private Long licenseId;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false, length = 32)
    private String suggested;

    @Column(name = "computed_on", nullable = false)
    private LocalDate computedOn;

    protected OffenceStanding() {
    }

    public OffenceStanding(long licenseId) {
        this.licenseId = licenseId;
        this.suggested = NONE;
    }

    /** Sets the new figures; returns whether anything differs from before. */
    public boolean update(int newPoints, Outcome newSuggested, LocalDate today) {
        String s = newSuggested == null ? NONE : newSuggested.name();
        boolean changed = points != newPoints || !suggested.equals(s) || computedOn == null;
        if (changed) {
            points = newPoints;
            suggested = s;
            computedOn = today;
        }
        return changed;
    }

    public Long getLicenseId() { return licenseId; }
    public int getPoints() { return points; }
    public String getSuggested() { return suggested; }
    public LocalDate getComputedOn() { return computedOn; }
}
