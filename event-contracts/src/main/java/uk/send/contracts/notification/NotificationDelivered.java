package uk.send.contracts.notification;

import java.time.Instant;
import java.util.UUID;

import uk.send.contracts.Channel;
import uk.send.contracts.RecipientType;

/** A notice reached its recipient's channel. {@code causeEventId} is the event the notice was about. */
public record NotificationDelivered(
        UUID notificationId,
        UUID referralId,
        UUID causeEventId,
        String causeEventType,
        RecipientType recipientType,
        Channel channel,
        Instant deliveredAt) {
}
