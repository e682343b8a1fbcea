package ir.pishkhan.notification.control;

/**
 * Sends one SMS. The production EAR ships {@link UnconfiguredSmsGateway}, which sends nothing and
 * fails each attempt (the message stays undelivered); a provider is plugged in by adding another
 * implementation annotated {@code @Alternative @Priority(...)} to the deployment. The test and
 * demo overlay does exactly that with a gateway that records messages in {@code sms_message}.
 */
public interface SmsGateway {

    /** Sends the text; throws if the provider refused it (the message is then retried). */
    void send(String mobile, String text, String dedupKey);
}
