package ir.pishkhan.notification.control;

import jakarta.enterprise.context.Dependent;
import java.util.logging.Logger;

/**
 * The SMS adapter of the production EAR until an SMS provider is plugged in: it sends nothing
 * and says so. Each attempt fails, so the message stays in the outbox as not delivered, is retried
 * with back-off (in case a provider is added meanwhile) and then left FAILED with an alarm on the
 * delivery run; its last error names the cause. It never pretends a message was sent.
 */
@Dependent
public class UnconfiguredSmsGateway implements SmsGateway {

    private static final Logger LOG = Logger.getLogger(UnconfiguredSmsGateway.class.getName());

    static final String NOT_CONFIGURED = "No SMS provider is configured; the message was not sent";

    @Override
    public void send(String mobile, String text, String dedupKey) {
        LOG.warning(() -> NOT_CONFIGURED + " (" + dedupKey + ")");
        throw new IllegalStateException(NOT_CONFIGURED);
    }
}
