package uk.send.notification.delivery;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import uk.send.notification.Notice;

/**
 * The council's own channels: email through its SMTP server, letters to its print room's queue. It sends no text
 * messages, so an SMS notice falls back to the next channel.
 */
@ApplicationScoped
public class SmtpGateway implements ChannelGateway {

    /** An SMTP reply of 5xx is permanent; anything else (no connection, 4xx) may pass. */
    private static final Pattern PERMANENT_REPLY = Pattern.compile("\\b5\\d\\d[ -]");

    private final Mailer mailer;
    private final EntityManager entityManager;
    private final LetterDocument letters;

    SmtpGateway(Mailer mailer, EntityManager entityManager, LetterDocument letters) {
        this.mailer = mailer;
        this.entityManager = entityManager;
        this.letters = letters;
    }

    @Override
    public DeliveryOutcome send(Notice notice) {
        return switch (notice.channel) {
            case EMAIL -> email(notice);
            case SMS -> DeliveryOutcome.permanentFailure("no text message provider is configured");
            case LETTER -> queueLetter(notice);
        };
    }

    private DeliveryOutcome email(Notice notice) {
        try {
            // The notice id as Message-ID lets a mail system drop a copy re-sent after a crash.
            mailer.send(Mail.withText(notice.email, notice.subject, notice.body)
                    .addHeader("Message-ID", "<" + notice.id + "@send-platform>"));
            return DeliveryOutcome.sent();
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            return PERMANENT_REPLY.matcher(reason).find() ? DeliveryOutcome.permanentFailure(reason)
                    : DeliveryOutcome.temporaryFailure(reason);
        }
    }

    private DeliveryOutcome queueLetter(Notice notice) {
        entityManager.createNativeQuery("""
                INSERT INTO letter (notice_id, large_print, document, queued_at) VALUES (:id, :large, :doc, :at)
                ON CONFLICT (notice_id) DO NOTHING""")
                .setParameter("id", notice.id)
                .setParameter("large", notice.largePrint)
                .setParameter("doc", letters.render(notice))
                .setParameter("at", Instant.now())
                .executeUpdate();
        return DeliveryOutcome.sent();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
