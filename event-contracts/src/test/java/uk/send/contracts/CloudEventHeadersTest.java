package uk.send.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private final EventMetadata metadata = new EventMetadata(UUID.randomUUID(), "triage.received",
            URI.create("/triage-service"), Instant.parse("2026-11-22T10:15:30.123Z"), UUID.randomUUID().toString());

    @Test
    void writtenHeadersReadBackToTheSameAttributes() {
        RecordHeaders headers = new RecordHeaders();

        CloudEventHeaders.write(headers, metadata);

        assertThat(text(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(text(headers, "ce_type")).isEqualTo("triage.received");
        assertThat(text(headers, "content-type")).isEqualTo("application/json");
        assertThat(CloudEventHeaders.read(headers)).isEqualTo(metadata);
    }

    @Test
    void aMissingIdMakesTheEventMalformed() {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, metadata);
        headers.remove("ce_id");

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageContaining("ce_id");
    }

    @Test
    void anIdThatIsNotAUuidMakesTheEventMalformed() {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, metadata);
        headers.remove("ce_id");
        headers.add("ce_id", "not-a-uuid".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventHeaders.read(headers)).isInstanceOf(MalformedEvent.class);
    }

    @Test
    void anIncomingEventOfAnUnknownTypeIsMalformed() {
        ConsumerRecord<String, String> record = record("triage.events",
                new EventMetadata(metadata.id(), "triage.teleported", metadata.source(), metadata.time(),
                        metadata.subject()), "{}");

        assertThatThrownBy(() -> IncomingEvent.from(record))
                .isInstanceOf(MalformedEvent.class)
                .hasMessageContaining("unknown event type");
    }

    @Test
    void anIncomingEventOnTheWrongTopicIsMalformed() {
        ConsumerRecord<String, String> record = record("referral.events", metadata, "{}");

        assertThatThrownBy(() -> IncomingEvent.from(record)).isInstanceOf(MalformedEvent.class);
    }

    @Test
    void anIncomingEventCarriesItsTypedPayload() {
        String json = EventJson.write(ContractExamples.all().get(EventType.TRIAGE_RECEIVED));

        IncomingEvent event = IncomingEvent.from(record("triage.events", metadata, json));

        assertThat(event.eventType()).isEqualTo(EventType.TRIAGE_RECEIVED);
        assertThat(event.payload(uk.send.contracts.triage.TriageReceived.class).referralId())
                .isEqualTo(ContractExamples.REFERRAL);
    }

    private static ConsumerRecord<String, String> record(String topic, EventMetadata metadata, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0L, metadata.subject(), value);
        CloudEventHeaders.write(record.headers(), metadata);
        return record;
    }

    private static String text(RecordHeaders headers, String key) {
        return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
