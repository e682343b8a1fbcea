package ir.pishkhan.notification.control;

import ir.pishkhan.notification.entity.Notification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * Queues notifications inside the use case's transaction: the message exists exactly when the
 * change it reports was committed. A message whose key is already queued is not queued again
 * (the unique key on {@code dedup_key} keeps that true even for two nodes at once).
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
    public record Recipient(String address, Notification.Channel channel) {
        public static Recipient mobile(String mobile) {
            return new Recipient(mobile, Notification.Channel.SMS);
        }

        public static Recipient county(long countyId) {
            return new Recipient("county:" + countyId, Notification.Channel.INBOX);
        }

        public static Recipient agency(String agency) {
            return new Recipient("agency:" + agency, Notification.Channel.INBOX);
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
        boolean exists = !em.createQuery("SELECT n.id FROM Notification n WHERE n.dedupKey = :k", Long.class)
                .setParameter("k", key).getResultList().isEmpty();
        if (exists) {
            return false;
        }
        em.persist(new Notification(key, to.address(), to.channel(), template, JSON.toJson(new TreeMap<>(params)),
                clock.instant()));
        return true;
    }
}
