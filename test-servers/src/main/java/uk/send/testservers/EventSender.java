package uk.send.testservers;

import java.net.URI;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.EventMetadata;
import uk.send.contracts.EventType;

/** Sends events to the test broker as another service would, including the malformed ones a drill needs. */
public final class EventSender implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final String source;

    public EventSender(String source) {
        Properties properties = new Properties();
        properties.putAll(KafkaBroker.clientProperties());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.producer = new KafkaProducer<>(properties);
        this.source = source;
    }

    /** Sends a well-formed event and returns its id. */
    public UUID send(String key, Record payload) {
        UUID id = UUID.randomUUID();
        EventType type = EventType.ofPayload(payload);
        send(type.topic(), key, new EventMetadata(id, type.type(), URI.create(source), Instant.now(), key),
                EventJson.write(payload));
        return id;
    }

    /** Sends exactly this record: the same metadata twice is a redelivery. */
    public void send(String topic, String key, EventMetadata metadata, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        CloudEventHeaders.write(record.headers(), metadata);
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker refused the event", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
