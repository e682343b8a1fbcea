package ir.pishkhan.notification.control;

import ir.pishkhan.notification.entity.Notification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * Queues notifications inside the use case's transaction: the message exists exactly when the
 * change it reports was committed. A message whose key is already queued is silently skipped,
 * by the database itself ({@code INSERT IGNORE} on the unique key), so two nodes queuing the
 * same message at the same moment never fail the use case and never queue it twice. Lengths
 * are checked here first, so IGNORE can only ever skip a duplicate, never truncate a value.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Clock clock;

    /** Who a message goes to and how. */
    public record Recipient(String address, Notification.Channel channel) implements java.io.Serializable {
        public static Recipient mobile(String mobile) {
            return new Recipient(mobile, Notification.Channel.SMS);
        }

        public static Recipient email(String email) {
            return new Recipient(email, Notification.Channel.EMAIL);
        }

        public static Recipient county(long countyId) {
            return new Recipient("county:" + countyId, Notification.Channel.INBOX);
        }

        public static Recipient province(long provinceId) {
            return new Recipient("province:" + provinceId, Notification.Channel.INBOX);
        }

        public static Recipient agency(String agency) {
            return new Recipient("agency:" + agency, Notification.Channel.INBOX);
        }

        /** The system administrators' inbox, for alarms. */
        public static Recipient administrators() {
            return new Recipient("national:ADMIN", Notification.Channel.INBOX);
        }

        /** A named person: by e-mail if they have one, else by SMS, else in their inbox. */
        public static Recipient person(String username, String email, String mobile) {
            if (email != null && !email.isBlank()) {
                return email(email);
            }
            if (mobile != null && !mobile.isBlank()) {
                return mobile(mobile);
            }
            return new Recipient("user:" + username, Notification.Channel.INBOX);
        }
    }

    /**
     * Queues a message unless one with this key exists. {@code key} names the reason, the object
     * and the occasion, e.g. {@code LICENSE_REVOKED:License:0723-G-00017-0:holder}.
     * Returns whether a new message was queued.
     */
    public boolean queue(String key, Recipient to, String template, Map<String, ?> params) {
        if (to == null || to.address() == null || to.address().isBlank()) {
            return false;
        }
        String json = JSON.toJson(new TreeMap<>(params));
        if (key.length() > 200 || to.address().length() > 120 || template.length() > 64 || json.length() > 4000) {
            throw new IllegalArgumentException("Notification too long to queue: " + key);
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        int inserted = em.createNativeQuery("INSERT IGNORE INTO notification (dedup_key, recipient, channel, template, params,"
                        + " status, attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)")
                .setParameter(1, key).setParameter(2, to.address()).setParameter(3, to.channel().name())
                .setParameter(4, template).setParameter(5, json)
                .setParameter(6, now).setParameter(7, now).executeUpdate();
        return inserted == 1;
    }
}
