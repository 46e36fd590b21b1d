package uk.send.contracts;

/** Kafka topic names. Every topic has a dead-letter twin named {@code <topic>.dlq}. */
public final class Topics {

    public static final String REFERRAL_EVENTS = "referral.events";
    public static final String TRIAGE_EVENTS = "triage.events";
    public static final String TRANSITION_EVENTS = "transition.events";
    public static final String NOTIFICATION_EVENTS = "notification.events";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
