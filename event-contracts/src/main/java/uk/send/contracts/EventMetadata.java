package uk.send.contracts;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** The CloudEvents context attributes of one event. {@code subject} is the aggregate id, also the Kafka key. */
public record EventMetadata(UUID id, String type, URI source, Instant time, String subject) {
}
