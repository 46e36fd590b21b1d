package uk.send.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.notification.NotificationConfig;

/** Chooses the provider of every channel from configuration. */
@ApplicationScoped
public class Channels {

    private final ChannelGateway gateway;

    Channels(NotificationConfig config, SmtpGateway smtp, NotifyGateway notify) {
        this.gateway = switch (config.provider()) {
            case "smtp" -> smtp;
            case "notify" -> notify;
            default -> throw new IllegalStateException("notification.provider must be smtp or notify");
        };
    }

    ChannelGateway gateway() {
        return gateway;
    }
}
