package uk.send.notification.delivery;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.send.notification.Notice;
import uk.send.notification.letter.LetterDocument;

/**
 * A service speaking GOV.UK Notify's API, through Notify's official client: Notify itself for email, text messages
 * and letters, or the text message service of a council that uses its own mail server. Email and text use one
 * template each whose subject and body are filled in from the notice; a letter goes as a precompiled PDF laid out
 * here. The reference sent is the notice id, which carries no personal data, so a re-send after a crash carries the
 * same reference; receipts are matched on the notification id Notify gives back, kept with the attempt.
 */
public class NotifyGateway implements ChannelGateway {

    static {
        boundWaits();
    }

    /** Where and as whom to send, and the templates of email and text. */
    public record Account(String baseUrl, String apiKey, String emailTemplateId, String smsTemplateId) {
    }

    private final Account account;
    private final LetterDocument letters;
    private volatile NotificationClient client;

    NotifyGateway(Account account, LetterDocument letters) {
        this.account = account;
        this.letters = letters;
    }

    @Override
    public DeliveryOutcome send(Notice notice) {
        Map<String, Object> personalisation = new HashMap<>();
        personalisation.put("subject", notice.subject);
        personalisation.put("body", notice.body);
        String reference = notice.id.toString();
        try {
            UUID notification = switch (notice.channel) {
                case EMAIL -> client().sendEmail(template(account.emailTemplateId()), notice.email,
                        personalisation, reference).getNotificationId();
                case SMS -> {
                    // A text carries the short version: the subject, the family page and the reference.
                    if (notice.textMessage != null) {
                        personalisation.put("body", notice.textMessage);
                    }
                    yield client().sendSms(template(account.smsTemplateId()), notice.mobile, personalisation,
                            reference).getNotificationId();
                }
                case LETTER -> client().sendPrecompiledLetterWithInputStream(reference,
                        new ByteArrayInputStream(letters.render(notice).pdf()), "second").getNotificationId();
            };
            return DeliveryOutcome.sent(notification);
        } catch (LetterDocument.NotRendered e) {
            return DeliveryOutcome.temporaryFailure(e.getMessage());
        } catch (NotificationClientException e) {
            return classify(e.getHttpResult(), e.getMessage());
        }
    }

    /**
     * Notify's client opens a plain {@code HttpURLConnection} and sets no time limit on it, so a provider that took a
     * connection and never answered would hold a sender for ever, and the notice's claim would run out and send it
     * again from another sender. The JDK's own defaults for such connections bound the wait instead: 10 s to connect,
     * 20 s for an answer (as the mailer's), well inside the claim. They are read once, when the first such connection
     * is made, so they are set as this class loads, before any send; {@code -Dsun.net.client.defaultConnectTimeout}
     * and {@code -Dsun.net.client.defaultReadTimeout} (in milliseconds) on the command line take precedence.
     */
    static void boundWaits() {
        if (System.getProperty("sun.net.client.defaultConnectTimeout") == null) {
            System.setProperty("sun.net.client.defaultConnectTimeout", "10000");
        }
        if (System.getProperty("sun.net.client.defaultReadTimeout") == null) {
            System.setProperty("sun.net.client.defaultReadTimeout", "20000");
        }
    }

    /**
     * Notify's 400 and 403 answers will not change on retry; 429 and 5xx will pass, and so will no answer at all (the
     * client reports that as status 0: refused, timed out, or cut off).
     */
    static DeliveryOutcome classify(int httpStatus, String message) {
        if (httpStatus == 0) {
            return DeliveryOutcome.temporaryFailure("GOV.UK Notify could not be reached"
                    + (message == null ? "" : ": " + message));
        }
        String detail = "GOV.UK Notify answered " + httpStatus;
        if (message != null) {
            // Notify's error body names the error type first; the rest may quote the address.
            int typeEnd = message.indexOf("\"message\"");
            detail += typeEnd > 0 ? ": " + message.substring(0, typeEnd) : "";
        }
        return httpStatus == 400 || httpStatus == 403 ? DeliveryOutcome.permanentFailure(detail)
                : DeliveryOutcome.temporaryFailure(detail);
    }

    private NotificationClient client() {
        if (client == null) {
            if (account.apiKey() == null) {
                throw new IllegalStateException("notification.notify.api-key is not set");
            }
            client = new NotificationClient(account.apiKey(), account.baseUrl());
        }
        return client;
    }

    private static String template(String id) {
        if (id == null) {
            throw new IllegalStateException("A GOV.UK Notify template id is not configured");
        }
        return id;
    }
}
