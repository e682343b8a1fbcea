package ir.pishkhan.notification.control;

import ir.pishkhan.shared.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * E-mail through Jakarta Mail over SMTP. Host, port, account, password, sender and STARTTLS
 * come from the environment ({@code PISHKHAN_MAIL_HOST} …, see the README); no mail server
 * configured means e-mail messages wait in the outbox (and are retried) instead of being lost.
 *
 * <p>The message id is derived from the notification's unique key, so if a crash between
 * sending and recording makes the delivery repeat, mail systems can recognise the duplicate.
 */
@ApplicationScoped
public class MailSender {

    public boolean configured() {
        return Setting.MAIL_HOST.optionalText().isPresent();
    }

    public void send(String to, String subject, String body, String dedupKey) throws MessagingException {
        if (!configured()) {
            throw new MessagingException("No SMTP server configured (pishkhan.mail.host)");
        }
        Properties p = new Properties();
        p.put("mail.smtp.host", Setting.MAIL_HOST.text());
        p.put("mail.smtp.port", String.valueOf(Setting.MAIL_PORT.integer()));
        p.put("mail.smtp.starttls.enable", String.valueOf(Setting.MAIL_STARTTLS.flag()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        String user = Setting.MAIL_USER.optionalText().orElse("");
        String password = Setting.MAIL_PASSWORD.optionalText().orElse("");
        Session session;
        if (!user.isEmpty()) {
            p.put("mail.smtp.auth", "true");
            session = Session.getInstance(p, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        } else {
            session = Session.getInstance(p);
        }
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + Integer.toHexString(dedupKey.hashCode()) + "."
                        + java.util.UUID.nameUUIDFromBytes(dedupKey.getBytes(StandardCharsets.UTF_8)) + "@pishkhan>");
            }
        };
        message.setFrom(new InternetAddress(Setting.MAIL_FROM.text()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(new Date());
        Transport.send(message);
    }
}
