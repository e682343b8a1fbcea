package ir.pishkhan.notification.control;

/**
 * Sends one SMS. The application ships {@link RecordingSmsGateway}, which records the message
 * instead of sending it; an operator plugs a provider in by adding another implementation
 * annotated {@code @Alternative @Priority(...)} to the deployment.
 */
public interface SmsGateway {

    /** Sends the text; throws if the provider refused it (the message is then retried). */
    void send(String mobile, String text, String dedupKey);
}
