package ir.pishkhan.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One message owed to someone: who (a mobile number, an email address, or an inbox in the
 * application such as {@code county:12}, {@code agency:GAS} or {@code user:fars.official}), by
 * which channel, which Persian template with which parameters, and how its delivery stands.
 * {@code dedupKey} names the reason, the object and the occasion, so the same message is never
 * queued twice.
 *
 * <p>Delivery: QUEUED until sent; a failed attempt is retried with growing pauses (1, 5, 25
 * minutes, …) and after {@link #MAX_ATTEMPTS} the message is FAILED for an administrator to see.
 */
@Entity
@Table(name = "notification")
public class Notification implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** How the message travels. INBOX messages are read in the application by the office or person named. */
    public enum Channel { SMS, EMAIL, INBOX }

    public enum Status { QUEUED, SENT, FAILED }

    public static final int MAX_ATTEMPTS = 6;

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

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

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
        this.nextAttemptAt = now;
    }

    /** The pause before attempt {@code n + 1} after {@code n} failed ones: 1, 5, 25, 125 … minutes. */
    public static Duration backoff(int failedAttempts) {
        return Duration.ofMinutes((long) Math.pow(5, Math.max(0, failedAttempts - 1)));
    }

    public boolean isDue(Instant now) {
        return status == Status.QUEUED && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    public void delivered(Instant now) {
        this.status = Status.SENT;
        this.attempts++;
        this.sentAt = now;
        this.nextAttemptAt = null;
        this.lastError = null;
    }

    /** A failed attempt: tried again later, or given up after {@link #MAX_ATTEMPTS}. */
    public void failed(String error, Instant now) {
        this.attempts++;
        this.lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            this.status = Status.FAILED;
            this.nextAttemptAt = null;
        } else {
            this.nextAttemptAt = now.plus(backoff(attempts));
        }
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
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
    public String getLastError() { return lastError; }
}
