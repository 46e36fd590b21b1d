package uk.send.outbox.deadletter;

import java.time.Instant;
import java.util.UUID;

/**
 * What a consumer writes to a topic's dead-letter twin when it sets an event aside: where the event is on its topic,
 * which consumer could not apply it and why. Never the event itself: the original stays on its topic for as long as
 * the topic keeps it, so the dead-letter copy holds no personal data and can be kept as long as it is useful.
 *
 * @param eventId the event's CloudEvents id, null when the record did not carry a readable one
 * @param type the event's type as sent, null when missing
 * @param reason why it was set aside, in words that name no person
 */
public record DeadLetter(UUID eventId, String type, String topic, int partition, long offset, String consumer,
        String reason, Instant setAsideAt) {
}
