package uk.send.notification.delivery;

import java.util.Map;

import uk.send.contracts.Channel;

/**
 * What each of GOV.UK Notify's statuses means for a notice, by channel, as Notify documents them for delivery
 * receipts. A status that does not belong to the attempt's channel changes nothing.
 */
public enum NotifyStatus {
    /** On its way: nothing to change. */
    UNDER_WAY,
    /** Reached the person (email, text) or received for printing and posting (letter). */
    DELIVERED,
    /** This channel has failed for good; Notify has already retried what could pass. */
    FAILED,
    /** Not a status of that channel, or not one of Notify's. */
    NOT_FOR_CHANNEL;


    private static final Map<Channel, Map<String, NotifyStatus>> BY_CHANNEL = Map.of(
            Channel.EMAIL, Map.of(
                    "created", UNDER_WAY, "sending", UNDER_WAY, "delivered", DELIVERED,
                    "permanent-failure", FAILED, "temporary-failure", FAILED, "technical-failure", FAILED),
            Channel.SMS, Map.of(
                    // "sent": sent to an international number, which may never report delivery.
                    "created", UNDER_WAY, "sending", UNDER_WAY, "pending", UNDER_WAY, "sent", UNDER_WAY,
                    "delivered", DELIVERED,
                    "permanent-failure", FAILED, "temporary-failure", FAILED, "technical-failure", FAILED),
            Channel.LETTER, Map.of(
                    "accepted", UNDER_WAY, "pending-virus-check", UNDER_WAY, "received", DELIVERED,
                    "cancelled", FAILED, "technical-failure", FAILED, "permanent-failure", FAILED,
                    "validation-failed", FAILED, "virus-scan-failed", FAILED));

    public static NotifyStatus of(Channel channel, String status) {
        return status == null ? NOT_FOR_CHANNEL : BY_CHANNEL.get(channel).getOrDefault(status, NOT_FOR_CHANNEL);
    }

    /** Notify's name for a channel in a receipt's {@code notification_type}; null for none of them. */
    public static Channel channel(String notificationType) {
        return switch (notificationType == null ? "" : notificationType) {
            case "email" -> Channel.EMAIL;
            case "sms" -> Channel.SMS;
            case "letter" -> Channel.LETTER;
            default -> null;
        };
    }
}
