package uk.send.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The broker's own end-to-end latency: a record produced as the outbox relay produces (acks=all, idempotent) and
 * consumed as the services consume, timed from send to receipt, at a fixed rate on a topic of its own.
 */
final class KafkaRoundTrip {

    private static final String TOPIC = "benchmark.round-trip";

    private KafkaRoundTrip() {
    }

    static Latency measure(Map<String, Object> client, int ratePerSecond, Duration duration) throws Exception {
        createTopic(client);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        Histogram latencies = Latency.histogram();
        AtomicInteger received = new AtomicInteger();
        AtomicBoolean ready = new AtomicBoolean();
        int expected = (int) (ratePerSecond * duration.toSeconds());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties(client))) {
            Thread consumer = new Thread(() -> {
                try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(consumerProperties(client))) {
                    kafka.assign(List.of(partition));
                    kafka.seekToEnd(List.of(partition));
                    kafka.position(partition);
                    ready.set(true);
                    long deadline = System.nanoTime() + duration.plusSeconds(30).toNanos();
                    while (received.get() < expected && System.nanoTime() < deadline) {
                        for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(100))) {
                            long sent = Long.parseLong(record.value());
                            latencies.recordValue((System.nanoTime() - sent) / 1000);
                            received.incrementAndGet();
                        }
                    }
                }
            }, "round-trip-consumer");
            consumer.start();
            while (!ready.get()) {
                Thread.sleep(50);
            }
            // Warm the producer's connection and metadata before timing anything.
            producer.send(new ProducerRecord<>(TOPIC, "warm-up", String.valueOf(System.nanoTime()))).get();
            Thread.sleep(1000);
            latencies.reset();
            received.set(0);
            FixedRateLoad.run(ratePerSecond, expected, 1, (n, due) -> {
                producer.send(new ProducerRecord<>(TOPIC, "key-" + n, String.valueOf(System.nanoTime())));
                return true;
            });
            consumer.join();
        }
        return Latency.of(latencies);
    }

    private static void createTopic(Map<String, Object> client) throws Exception {
        try (Admin admin = Admin.create(client)) {
            try {
                admin.createTopics(Set.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private static Properties producerProperties(Map<String, Object> client) {
        Properties properties = new Properties();
        properties.putAll(client);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }

    private static Properties consumerProperties(Map<String, Object> client) {
        Properties properties = new Properties();
        properties.putAll(client);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }
}
