package uk.send.notification.delivery;

/** What a channel said about one attempt. The detail is technical and never personal. */
public record DeliveryOutcome(Kind kind, String detail) {

    public enum Kind {
        /** The channel accepted the notice. */
        SENT,
        /** Try again later on the same channel: the server was down or busy. */
        TEMPORARY_FAILURE,
        /** This channel will never reach the person: try the next. */
        PERMANENT_FAILURE
    }

    public static DeliveryOutcome sent() {
        return new DeliveryOutcome(Kind.SENT, null);
    }

    public static DeliveryOutcome temporaryFailure(String detail) {
        return new DeliveryOutcome(Kind.TEMPORARY_FAILURE, truncate(detail));
    }

    public static DeliveryOutcome permanentFailure(String detail) {
        return new DeliveryOutcome(Kind.PERMANENT_FAILURE, truncate(detail));
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }
}
