package ir.pishkhan.demo.control;

import ir.pishkhan.notification.control.SmsGateway;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The SMS adapter of the test and demo overlay: records each message in {@code sms_message}, in
 * the delivery's transaction, instead of sending it (the tests read that table; the demo's
 * messages land there). Replaces the production EAR's gateway wherever the overlay is deployed.
 */
@Dependent
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class RecordingSmsGateway implements SmsGateway {

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void send(String mobile, String text, String dedupKey) {
        em.createNativeQuery("INSERT INTO sms_message (mobile, body, dedup_key, sent_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, mobile).setParameter(2, text.length() > 1000 ? text.substring(0, 1000) : text)
                .setParameter(3, dedupKey)
                .setParameter(4, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
                .executeUpdate();
    }
}
