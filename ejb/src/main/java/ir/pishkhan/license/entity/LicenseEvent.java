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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The fields a state is written with ({@link License#snapshot()} and a contract's), so the text
     * can be read back whatever the values hold.
     */
    private static final Pattern FIELD = Pattern.compile("(?:^\\{|, )(number|holder|holderName|officeName|address|locality"
            + "|issueDate|expiryDate|status|suspendedUntil|closedOn|license|agency|services|since)=");

    /** One field that differs between the state before and after an event. */
    public record FieldChange(String field, String before, String after) implements java.io.Serializable {
    }

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

    /**
     * What the event changed, field by field (e.g. a correction of the office name), read from
     * the states before and after; empty when the event recorded no state on one side.
     */
    public List<FieldChange> changes() {
        if (beforeState == null || afterState == null) {
            return List.of();
        }
        Map<String, String> b = fields(beforeState);
        Map<String, String> a = fields(afterState);
        Set<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String k : keys) {
            if (!Objects.equals(b.get(k), a.get(k))) {
                changes.add(new FieldChange(k, b.get(k), a.get(k)));
            }
        }
        return changes;
    }

    /** A state as written ({@code {number=…, officeName=…}}), field by field. */
    static Map<String, String> fields(String state) {
        Map<String, String> fields = new LinkedHashMap<>();
        String s = state.endsWith("}") ? state.substring(0, state.length() - 1) : state;
        Matcher m = FIELD.matcher(s);
        String key = null;
        int from = 0;
        while (m.find()) {
            if (key != null) {
                fields.put(key, s.substring(from, m.start()));
            }
            key = m.group(1);
            from = m.end();
        }
        if (key != null) {
            fields.put(key, s.substring(from));
        }
        return fields;
    }

    public Long getId() { return id; }
    public LicenseEventType getType() { return type; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getReason() { return reason; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
}
