package uk.send.notification.delivery;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.send.notification.Notice;
import uk.send.notification.NotificationConfig;

/**
 * GOV.UK Notify through its official client, for email, text messages and letters. Each channel uses one template
 * whose subject and body are filled in from the notice; the reference sent to Notify is the notice id, which
 * carries no personal data and comes back on delivery receipts.
 */
@ApplicationScoped
public class NotifyGateway implements ChannelGateway {

    private final NotificationConfig.Notify config;
    private volatile NotificationClient client;

    NotifyGateway(NotificationConfig config) {
        this.config = config.govukNotify();
    }

    @Override
    public DeliveryOutcome send(Notice notice) {
        Map<String, Object> personalisation = new HashMap<>();
        personalisation.put("subject", notice.subject);
        personalisation.put("body", notice.body);
        String reference = notice.id.toString();
        try {
            switch (notice.channel) {
                case EMAIL -> client().sendEmail(template(config.emailTemplateId().orElse(null)), notice.email,
                        personalisation, reference);
                case SMS -> {
                    // A text carries the short version: the subject, the family page and the reference.
                    if (notice.textMessage != null) {
                        personalisation.put("body", notice.textMessage);
                    }
                    client().sendSms(template(config.smsTemplateId().orElse(null)), notice.mobile,
                            personalisation, reference);
                }
                case LETTER -> {
                    personalisation.put("address_line_1", notice.recipientName);
                    personalisation.put("address_line_2", notice.addressLine1);
                    int line = 3;
                    if (notice.addressLine2 != null && !notice.addressLine2.isBlank()) {
                        personalisation.put("address_line_" + line++, notice.addressLine2);
                    }
                    personalisation.put("address_line_" + line, notice.postcode);
                    personalisation.put("large_print", notice.largePrint ? "yes" : "no");
                    client().sendLetter(template(config.letterTemplateId().orElse(null)), personalisation,
                            reference);
                }
            }
            return DeliveryOutcome.sent();
        } catch (NotificationClientException e) {
            return classify(e.getHttpResult(), e.getMessage());
        }
    }

    /** Notify's 400 and 403 answers will not change on retry; 429 and 5xx will pass. */
    static DeliveryOutcome classify(int httpStatus, String message) {
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
            client = new NotificationClient(config.apiKey()
                    .orElseThrow(() -> new IllegalStateException("notification.notify.api-key is not set")),
                    config.baseUrl());
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
