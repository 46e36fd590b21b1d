package uk.send.notification.delivery;

import java.util.UUID;

/**
 * What a channel said about one attempt: the provider's own id for it when it has one (GOV.UK Notify's notification
 * id, which its receipts name). The detail is technical and never personal.
 */
public record DeliveryOutcome(Kind kind, String detail, UUID providerId) {

    public enum Kind {
        /** The channel accepted the notice. */
        SENT,
        /** Try again later on the same channel: the server was down or busy. */
        TEMPORARY_FAILURE,
        /** This channel will never reach the person: try the next. */
        PERMANENT_FAILURE
    }

    public static DeliveryOutcome sent() {
        return new DeliveryOutcome(Kind.SENT, null, null);
    }

    public static DeliveryOutcome sent(UUID providerId) {
        return new DeliveryOutcome(Kind.SENT, null, providerId);
    }

    public static DeliveryOutcome temporaryFailure(String detail) {
        return new DeliveryOutcome(Kind.TEMPORARY_FAILURE, truncate(detail), null);
    }

    public static DeliveryOutcome permanentFailure(String detail) {
        return new DeliveryOutcome(Kind.PERMANENT_FAILURE, truncate(detail), null);
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }
}
