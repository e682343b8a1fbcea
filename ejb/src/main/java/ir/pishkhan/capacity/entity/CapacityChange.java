package ir.pishkhan.capacity.entity;

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

/** One entry of a capacity book's history: who set which capacity, effective when, and why. */
@Entity
@Table(name = "capacity_change")
public class CapacityChange implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "book_id", nullable = false)
    private CapacityBook book;

    @Column(name = "old_capacity")
    private Integer oldCapacity;

    @Column(name = "new_capacity", nullable = false)
    private int newCapacity;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(nullable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CapacityChange() {
    }

    public CapacityChange(CapacityBook book, Integer oldCapacity, int newCapacity, LocalDate effectiveDate,
                          String reason, String changedBy, Instant changedAt) {
        this.book = book;
        this.oldCapacity = oldCapacity;
        this.newCapacity = newCapacity;
        this.effectiveDate = effectiveDate;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    public CapacityBook getBook() { return book; }
    public Integer getOldCapacity() { return oldCapacity; }
    public int getNewCapacity() { return newCapacity; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public String getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
}
