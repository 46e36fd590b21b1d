package uk.send.contracts;

import java.util.List;

/** Kafka topic names. Every topic has a dead-letter twin named {@code <topic>.dlq}. */
public final class Topics {

    public static final String REFERRAL_EVENTS = "referral.events";
    public static final String TRIAGE_EVENTS = "triage.events";
    public static final String TRANSITION_EVENTS = "transition.events";
    public static final String NOTIFICATION_EVENTS = "notification.events";

    public static final List<String> ALL = List.of(REFERRAL_EVENTS, TRIAGE_EVENTS, TRANSITION_EVENTS,
            NOTIFICATION_EVENTS);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }
}
