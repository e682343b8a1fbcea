package ir.pishkhan.notification.control;

import ir.pishkhan.notification.entity.Notification;
import ir.pishkhan.schedule.control.Check;
import ir.pishkhan.schedule.entity.CheckName;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivers queued notifications whose time has come: SMS through the {@link SmsGateway}, e-mail
 * through {@link MailSender}, and inbox messages by marking them delivered (they are read in the
 * application). Each message is locked while it is sent, so two nodes never send one twice; a
 * failure is retried with back-off and, after the last attempt, left FAILED for an administrator.
 */
@Dependent
public class DeliveryCheck implements Check {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "pishkhan")
    EntityManager em;

    @Inject
    SmsGateway sms;

    @Inject
    MailSender mail;

    @Inject
    Clock clock;

    @Override
    public CheckName name() {
        return CheckName.NOTIFICATION_DELIVERY;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> next(String part, LocalDate today, long afterId, int limit) {
        return em.createQuery("SELECT n.id FROM Notification n WHERE n.status = :queued AND n.nextAttemptAt <= :now"
                        + " AND n.id > :after ORDER BY n.id", Long.class)
                .setParameter("queued", Notification.Status.QUEUED).setParameter("now", clock.instant())
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Effect process(String part, long id, LocalDate today) {
        Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (n == null || !n.isDue(clock.instant())) {
            return Effect.UNCHANGED;
        }
        try {
            Map<String, Object> params = n.getParams() == null ? Map.of()
                    : JSON.fromJson(n.getParams(), HashMap.class);
            Templates.Text text = Templates.render(n.getTemplate(), params);
            switch (n.getChannel()) {
                case SMS -> sms.send(n.getRecipient(), text.body(), n.getDedupKey());
                case EMAIL -> mail.send(n.getRecipient(), text.subject(), text.body(), n.getDedupKey());
                case INBOX -> {
                    // Read in the application; nothing travels.
                }
            }
            n.delivered(clock.instant());
            return Effect.CHANGED;
        } catch (Exception e) {
            n.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            return n.getStatus() == Notification.Status.FAILED
                    ? Effect.alarm("Notification " + n.getId() + " to " + n.getRecipient() + " failed for good: " + n.getLastError())
                    : Effect.UNCHANGED;
        }
    }
}
