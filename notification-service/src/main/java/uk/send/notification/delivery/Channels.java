package uk.send.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.contracts.Channel;
import uk.send.notification.NotificationConfig;
import uk.send.notification.letter.LetterDocument;
import uk.send.notification.letter.PrintQueue;

/**
 * Chooses the provider of each channel from configuration: everything through GOV.UK Notify; or the council's own
 * mail server for email, its print room's queue for letters, and a text message service speaking Notify's API for
 * texts (none configured: a text fails over to the next channel).
 */
@ApplicationScoped
public class Channels {

    private final ChannelGateway email;
    private final ChannelGateway textMessages;
    private final ChannelGateway letters;

    Channels(NotificationConfig config, SmtpEmail smtp, PrintQueue printQueue, LetterDocument documents) {
        switch (config.provider()) {
            case "notify" -> {
                NotificationConfig.Notify notify = config.govukNotify();
                NotifyGateway gateway = new NotifyGateway(new NotifyGateway.Account(notify.baseUrl(),
                        notify.apiKey().orElse(null), notify.emailTemplateId().orElse(null),
                        notify.smsTemplateId().orElse(null)), documents);
                email = gateway;
                textMessages = gateway;
                letters = gateway;
            }
            case "smtp" -> {
                NotificationConfig.TextMessages texts = config.textMessages();
                email = smtp;
                letters = printQueue;
                textMessages = texts.baseUrl().<ChannelGateway>map(url -> new NotifyGateway(
                        new NotifyGateway.Account(url, texts.apiKey(), null, texts.templateId()), documents))
                        .orElse(notice -> DeliveryOutcome.permanentFailure("no text message service is configured"));
            }
            default -> throw new IllegalStateException("notification.provider must be smtp or notify");
        }
    }

    ChannelGateway gateway(Channel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case SMS -> textMessages;
            case LETTER -> letters;
        };
    }
}
