package ir.pishkhan.license.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A fee paid for a licence (issuance, renewal, late fee), with the bank receipt's reference. */
@Entity
@Table(name = "payment")
public class Payment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** What the payment was for; a renewal in the grace period includes the late fee. */
    public enum Kind { ISSUANCE, RENEWAL, RENEWAL_LATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "license_id", nullable = false)
    private License license;

    @Column(nullable = false, length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "amount_rials", nullable = false)
    private long amountRials;

    @Column(name = "receipt_ref", nullable = false, unique = true, length = 64)
    private String receiptRef;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    protected Payment() {
    }

    public Payment(License license, Kind kind, long amountRials, String receiptRef, Instant paidAt) {
        this.license = license;
        this.kind = kind;
        this.amountRials = amountRials;
        this.receiptRef = receiptRef;
        this.paidAt = paidAt;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public long getAmountRials() { return amountRials; }
    public String getReceiptRef() { return receiptRef; }
    public Instant getPaidAt() { return paidAt; }
}
