package ir.pishkhan.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of the audit trail (ردپای ممیزی): who changed what, when, from which state to which,
 * and why. Append-only: the class has no setters and the application never updates or deletes
 * a record.
 *
 * <p>Tamper evidence: {@link #hash} is SHA-256 over the record's content and the previous
 * record's hash. Editing, deleting or reordering any record breaks the chain from that record
 * on, which {@link #computeHash} lets a verifier detect.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "object_type", nullable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", nullable = false, length = 64)
    private String objectId;

    @Column(name = "province_id")
    private Long provinceId;

    @Column(name = "county_id")
    private Long countyId;

    @Lob
    @Column(name = "before_state")
    private String beforeState;

    @Lob
    @Column(name = "after_state")
    private String afterState;

    @Lob
    private String reason;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditRecord() {
    }

    public AuditRecord(long seq, Instant occurredAt, String actor, String action, String objectType,
                       String objectId, Long provinceId, Long countyId, String beforeState,
                       String afterState, String reason, String prevHash) {
        this.seq = seq;
        // The database keeps microseconds; hash exactly what will be read back.
        this.occurredAt = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.provinceId = provinceId;
        this.countyId = countyId;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.reason = reason;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /**
     * The hash this record should have, given its content and the previous hash it names. Each
     * field is written as its length and its text ({@code 5:hello}, {@code -1:} for null), so
     * no content can be shifted from one field into its neighbour without changing the hash.
     */
    public String computeHash() {
        StringBuilder canonical = new StringBuilder(256);
        for (String field : new String[]{String.valueOf(seq), occurredAt.toString(), actor, action, objectType,
                objectId, provinceId == null ? null : provinceId.toString(),
                countyId == null ? null : countyId.toString(), beforeState, afterState, reason, prevHash}) {
            if (field == null) {
                canonical.append("-1:");
            } else {
                canonical.append(field.length()).append(':').append(field);
            }
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public Long getCountyId() {
        return countyId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public String getReason() {
        return reason;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
