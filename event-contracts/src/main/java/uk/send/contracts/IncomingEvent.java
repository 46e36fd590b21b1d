package uk.send.contracts;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** An event as a consumer receives it: its attributes, its known type and its raw JSON payload. */
public record IncomingEvent(EventMetadata metadata, EventType eventType, String json) {

    /** Reads an event from a Kafka record, or throws {@link MalformedEvent} if it can never be processed. */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        EventMetadata metadata = CloudEventHeaders.read(record.headers());
        EventType eventType = EventType.fromType(metadata.type())
                .orElseThrow(() -> new MalformedEvent("unknown event type " + metadata.type()));
        if (!eventType.topic().equals(record.topic())) {
            throw new MalformedEvent(metadata.type() + " does not belong on " + record.topic());
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new MalformedEvent("empty payload");
        }
        return new IncomingEvent(metadata, eventType, record.value());
    }

    public <T extends Record> T payload(Class<T> type) {
        if (eventType.payloadType() != type) {
            throw new IllegalArgumentException(eventType.type() + " does not carry " + type.getSimpleName());
        }
        return EventJson.read(json, type);
    }
}
