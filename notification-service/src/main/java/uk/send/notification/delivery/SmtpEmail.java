package uk.send.notification.delivery;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import uk.send.notification.Notice;

/** Email through the council's own SMTP server. */
@ApplicationScoped
public class SmtpEmail implements ChannelGateway {

    /** An SMTP reply of 5xx is permanent; anything else (no connection, 4xx) may pass. */
    private static final Pattern PERMANENT_REPLY = Pattern.compile("\\b5\\d\\d[ -]");

    private final Mailer mailer;

    SmtpEmail(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public DeliveryOutcome send(Notice notice) {
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

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
