package ir.pishkhan.notification.control;

import ir.pishkhan.notification.entity.Notification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        return !queueAll(List.of(new Message(key, to, template, params))).isEmpty();
    }

    /** One message for {@link #queueAll}: the arguments of {@link #queue}. */
    public record Message(String key, Recipient to, String template, Map<String, ?> params) {
    }

    /**
     * Queues many messages in one statement (a nightly check queues thousands) and returns the
     * keys that were newly queued; keys already queued are skipped as in {@link #queue}.
     */
    public Set<String> queueAll(List<Message> messages) {
        List<Message> valid = messages.stream()
                .filter(m -> m.to() != null && m.to().address() != null && !m.to().address().isBlank()).toList();
        if (valid.isEmpty()) {
            return Set.of();
        }
        List<String> json = new ArrayList<>(valid.size());
        for (Message m : valid) {
            String j = JSON.toJson(new TreeMap<>(m.params()));
            if (m.key().length() > 200 || m.to().address().length() > 120 || m.template().length() > 64 || j.length() > 4000) {
                throw new IllegalArgumentException("Notification too long to queue: " + m.key());
            }
            json.add(j);
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO notification (dedup_key, recipient, channel, template, params,"
                + " status, attempts, created_at, next_attempt_at) VALUES ");
        for (int i = 0; i < valid.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)");
        }
        Query insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (int i = 0; i < valid.size(); i++) {
            Message m = valid.get(i);
            insert.setParameter(p++, m.key()).setParameter(p++, m.to().address()).setParameter(p++, m.to().channel().name())
                    .setParameter(p++, m.template()).setParameter(p++, json.get(i)).setParameter(p++, now).setParameter(p++, now);
        }
        int inserted = insert.executeUpdate();
        Set<String> keys = new LinkedHashSet<>();
        valid.forEach(m -> keys.add(m.key()));
        if (inserted == 0) {
            return Set.of();
        }
        if (inserted == keys.size()) {
            return keys;
        }
        // Some were queued before: the new ones carry this statement's timestamp (microseconds),
        // a message queued earlier an earlier one.
        StringBuilder which = new StringBuilder("SELECT dedup_key FROM notification WHERE created_at = ? AND dedup_key IN (");
        for (int i = 0; i < keys.size(); i++) {
            which.append(i == 0 ? "?" : ", ?");
        }
        Query select = em.createNativeQuery(which.append(")").toString()).setParameter(1, now);
        int q = 2;
        for (String k : keys) {
            select.setParameter(q++, k);
        }
        Set<String> fresh = new LinkedHashSet<>();
        for (Object k : select.getResultList()) {
            fresh.add((String) k);
        }
        return fresh;
    }
}
