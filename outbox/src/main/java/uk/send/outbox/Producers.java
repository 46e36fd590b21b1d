package uk.send.outbox;

import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** The one way this module makes a Kafka producer: every acknowledged write on every replica, never duplicated. */
public final class Producers {

    private Producers() {
    }

    /**
     * A producer with all the service's {@code kafka.*} settings (the brokers, TLS, SASL), then the module's own.
     *
     * @param purpose what it is for, which names it to the broker's logs and quotas after the service
     */
    public static Producer<String, String> reliable(Map<String, Object> kafka, OutboxConfig config, String purpose) {
        Properties properties = new Properties();
        properties.putAll(kafka);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.source().replace("/", "") + "-" + purpose);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(properties);
    }
}
