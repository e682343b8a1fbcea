package ir.pishkhan.license.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry in a licence's history (سابقهٔ پروانه): never updated, never deleted. */
@Entity
@Table(name = "license_event")
public class LicenseEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LicenseEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    private String reason;

    @Column(name = "before_state")
    private String beforeState;

    @Column(name = "after_state")
    private String afterState;

    protected LicenseEvent() {
    }

    LicenseEvent(License license, LicenseEventType type, Instant occurredAt, String actor, String reason,
                 String beforeState, String afterState) {
        this.license = license;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.reason = reason;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Long getId() { return id; }
    public LicenseEventType getType() { return type; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getReason() { return reason; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
}
