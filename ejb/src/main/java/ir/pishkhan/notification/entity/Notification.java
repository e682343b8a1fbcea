package ir.pishkhan.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message owed to someone: who (a mobile number, an email address, or an office's inbox
 * such as {@code county:12} or {@code agency:GAS}), by which channel, which Persian template
 * with which parameters, and how its delivery stands. {@code dedupKey} names the reason,
 * the object and the occasion, so the same message is never queued twice.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** How the message travels. INBOX messages are read in the application by the office named. */
    public enum Channel { SMS, EMAIL, INBOX }

    public enum Status { QUEUED, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, unique = true, length = 200)
    private String dedupKey;

    @Column(nullable = false, length = 120)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Channel channel;

    @Column(nullable = false, length = 64)
    private String template;

    @Column(nullable = false, length = 4000)
    private String params;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected Notification() {
    }

    public Notification(String dedupKey, String recipient, Channel channel, String template, String params, Instant now) {
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.channel = channel;
        this.template = template;
        this.params = params;
        this.status = Status.QUEUED;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public String getDedupKey() { return dedupKey; }
    public String getRecipient() { return recipient; }
    public Channel getChannel() { return channel; }
    public String getTemplate() { return template; }
    public String getParams() { return params; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public String getLastError() { return lastError; }
}
