package ir.pishkhan.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the last sequence number and hash. There is exactly one row; an
 * append locks it, so records are numbered without gaps in commit order on every node, and a
 * record deleted from the end of the chain is still detected.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final byte SINGLE_ROW = 1;

    @Id
    private byte id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    public void advanceTo(AuditRecord appended) {
        if (appended.getSeq() != lastSeq + 1 || !appended.getPrevHash().equals(lastHash)) {
            throw new IllegalStateException("Audit record " + appended.getSeq() + " does not follow the chain head "
                    + lastSeq);
        }
        this.lastSeq = appended.getSeq();
        this.lastHash = appended.getHash();
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
