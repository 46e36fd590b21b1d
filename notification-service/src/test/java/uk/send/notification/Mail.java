package uk.send.notification;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import uk.send.testservers.MailServer;

/** What reached the SMTP server. */
final class Mail {

    private Mail() {
    }

    static List<MimeMessage> awaitMessages(String address, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> MailServer.to(address).size() >= count);
        return MailServer.to(address);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
