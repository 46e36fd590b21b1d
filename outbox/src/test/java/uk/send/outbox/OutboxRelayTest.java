package uk.send.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.Topics;
import uk.send.contracts.triage.TriageReceived;
import uk.send.testservers.KafkaBroker;
import uk.send.testservers.TopicReader;

@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @BeforeEach
    void publishWhatEarlierTestsLeft() {
        while (relay.publishPending() > 0) {
            // drain
        }
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        UUID referral = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(referral.toString(), received(referral));
            throw new IllegalStateException("the state change failed");
        })).isInstanceOf(IllegalStateException.class);
        UUID committed = write(referral);

        assertThat(relay.publishPending()).isEqualTo(1);

        try (TopicReader reader = new TopicReader(Topics.TRIAGE_EVENTS)) {
            // Same key, so the rolled-back event would have come first on the same partition.
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    r -> r.key().equals(referral.toString()),
                    seen -> seen.stream().anyMatch(r -> id(r).equals(committed)), Duration.ofSeconds(20));
            assertThat(records).extracting(OutboxRelayTest::id).containsExactly(committed);
        }
    }

    @Test
    void publishedRecordsCarryTheKeyCloudEventHeadersAndPayload() {
        UUID referral = UUID.randomUUID();
        UUID eventId = write(referral);

        relay.publishPending();

        try (TopicReader reader = new TopicReader(Topics.TRIAGE_EVENTS)) {
            ConsumerRecord<String, String> record = reader.readUntil(r -> r.key().equals(referral.toString()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(20)).get(0);
            var metadata = CloudEventHeaders.read(record.headers());
            assertThat(metadata.id()).isEqualTo(eventId);
            assertThat(metadata.type()).isEqualTo("triage.received");
            assertThat(metadata.source()).hasToString("/outbox-test");
            assertThat(metadata.subject()).isEqualTo(referral.toString());
            assertThat(EventJson.read(record.value(), TriageReceived.class).referralId()).isEqualTo(referral);
        }
        assertThat(pending()).isZero();
    }

    @Test
    void aRelayStoppedMidBatchRepublishesWithoutLossOnceRestarted() {
        UUID referral = UUID.randomUUID();
        List<UUID> written = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            written.add(write(referral));
        }

        try (FailingProducer failing = new FailingProducer(producerProperties(), 4)) {
            assertThatThrownBy(() -> relay.publishPending(failing)).isInstanceOf(RuntimeException.class);
        }
        assertThat(pending()).as("nothing is marked published without an acknowledgement").isEqualTo(10);

        assertThat(relay.publishPending()).isEqualTo(10);
        assertThat(pending()).isZero();

        try (TopicReader reader = new TopicReader(Topics.TRIAGE_EVENTS)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    r -> r.key().equals(referral.toString()),
                    seen -> seen.stream().map(OutboxRelayTest::id).collect(Collectors.toSet()).size() == 10,
                    Duration.ofSeconds(20));
            List<UUID> ids = records.stream().map(OutboxRelayTest::id).toList();
            // At least once: the four sent before the failure arrive again, and the full run is in commit order.
            assertThat(ids).hasSize(14);
            assertThat(ids.subList(0, 4)).containsExactlyElementsOf(written.subList(0, 4));
            assertThat(ids.subList(4, 14)).containsExactlyElementsOf(written);
        }
    }

    @Test
    void twoRelaysRunningAtOnceNeverPublishARowTwice() throws Exception {
        List<UUID> referrals = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<UUID, List<UUID>> writtenPerReferral = referrals.stream()
                .collect(Collectors.toMap(Function.identity(), r -> new ArrayList<>()));
        for (int i = 0; i < 300; i++) {
            UUID referral = referrals.get(i % 3);
            writtenPerReferral.get(referral).add(write(referral));
        }

        AtomicInteger published = new AtomicInteger();
        Callable<Void> relayLoop = () -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (pending() > 0 && System.nanoTime() < deadline) {
                published.addAndGet(relay.publishPending());
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> relays = pool.invokeAll(List.of(relayLoop, relayLoop));
            for (Future<Void> finished : relays) {
                finished.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(published.get()).isEqualTo(300);

        Set<String> keys = referrals.stream().map(UUID::toString).collect(Collectors.toSet());
        try (TopicReader reader = new TopicReader(Topics.TRIAGE_EVENTS)) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> keys.contains(r.key()),
                    seen -> seen.size() >= 300, Duration.ofSeconds(30));
            // Give a duplicate the chance to show before concluding there is none.
            records.addAll(reader.readUntil(r -> keys.contains(r.key()), seen -> true, Duration.ofSeconds(2)));
            assertThat(records).hasSize(300);
            for (UUID referral : referrals) {
                assertThat(records.stream().filter(r -> r.key().equals(referral.toString()))
                        .map(OutboxRelayTest::id).toList())
                        .as("one referral's events in commit order")
                        .containsExactlyElementsOf(writtenPerReferral.get(referral));
            }
        }
    }

    private UUID write(UUID referral) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.add(referral.toString(), received(referral)));
    }

    private static TriageReceived received(UUID referral) {
        return new TriageReceived(referral, ClinicalService.CAMHS, Instant.now());
    }

    private static long pending() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt IS NULL"));
    }

    private static UUID id(ConsumerRecord<String, String> record) {
        return CloudEventHeaders.read(record.headers()).id();
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.putAll(KafkaBroker.clientProperties());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }

    /** A real producer whose connection "breaks" after a number of sends, as when the relay's process dies. */
    static final class FailingProducer extends KafkaProducer<String, String> {
        private int remaining;

        FailingProducer(Properties properties, int sendsBeforeFailure) {
            super(properties);
            this.remaining = sendsBeforeFailure;
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
            if (remaining-- <= 0) {
                throw new KafkaException("connection to the broker lost");
            }
            return super.send(record, callback);
        }
    }
}
