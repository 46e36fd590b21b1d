package uk.send.contracts.notification;

import java.time.Instant;
import java.util.UUID;

import uk.send.contracts.Channel;
import uk.send.contracts.RecipientType;

/** A delivery failed. A permanent failure on one channel falls back to the next; the reason is technical, never personal. */
public record NotificationFailed(
        UUID notificationId,
        UUID referralId,
        UUID causeEventId,
        String causeEventType,
        RecipientType recipientType,
        Channel channel,
        String reason,
        boolean permanent,
        Instant failedAt) {
}
