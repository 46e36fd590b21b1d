package uk.send.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.EventMetadata;
import uk.send.contracts.Topics;
import uk.send.contracts.triage.TriageReceived;
import uk.send.outbox.deadletter.DeadLetter;
import uk.send.testservers.KafkaBroker;
import uk.send.testservers.TopicReader;

@QuarkusTest
class IdempotentConsumerTest {

    @Inject
    EntityManager entityManager;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        Properties properties = new Properties();
        properties.putAll(KafkaBroker.clientProperties());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(properties);
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void theSameEventConsumedTwiceChangesStateOnce() throws Exception {
        UUID referral = UUID.randomUUID();
        ProducerRecord<String, String> event = event(referral, UUID.randomUUID(),
                EventJson.write(new TriageReceived(referral, ClinicalService.CAMHS, Instant.now())));
        UUID later = UUID.randomUUID();

        producer.send(event).get();
        producer.send(event).get();
        producer.send(event(referral, later,
                EventJson.write(new TriageReceived(referral, ClinicalService.CAMHS, Instant.now())))).get();

        // The later event on the same key is applied after both copies of the first.
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(referral) == 2);
        assertThat(effectsOf(referral)).containsExactlyInAnyOrder(id(event), later);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterQueueWithItsReasonAndLaterEventsStillFlow() throws Exception {
        UUID referral = UUID.randomUUID();
        UUID poisonId = UUID.randomUUID();
        producer.send(event(referral, poisonId, "{\"referralId\": \"not json")).get();
        UUID good = UUID.randomUUID();
        producer.send(event(referral, good,
                EventJson.write(new TriageReceived(referral, ClinicalService.CAMHS, Instant.now())))).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(referral) == 1);
        assertThat(effectsOf(referral)).containsExactly(good);

        try (TopicReader reader = new TopicReader(Topics.deadLetter(Topics.TRIAGE_EVENTS))) {
            ConsumerRecord<String, String> dead = reader.readUntil(r -> referral.toString().equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(30)).get(0);
            DeadLetter letter = EventJson.read(dead.value(), DeadLetter.class);
            assertThat(letter.eventId()).isEqualTo(poisonId);
            assertThat(letter.consumer()).isEqualTo("outbox-test");
            assertThat(letter.reason()).startsWith("payload is not a valid TriageReceived at line 1, column ");
            // Where the event is, not what it says: the copy holds nothing of the payload, nor its headers.
            assertThat(dead.value()).doesNotContain("not json");
            assertThat(dead.headers().toArray()).isEmpty();
            assertThat(letter.topic()).isEqualTo(Topics.TRIAGE_EVENTS);
            assertThat(letter.offset()).isNotNegative();
        }
    }

    private long effects(UUID referral) {
        return effectsOf(referral).size();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> effectsOf(UUID referral) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT event_id FROM probe_effect WHERE referral_id = :r", UUID.class)
                .setParameter("r", referral).getResultList());
    }

    private static UUID id(ProducerRecord<String, String> record) {
        return CloudEventHeaders.read(record.headers()).id();
    }

    private static ProducerRecord<String, String> event(UUID referral, UUID id, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.TRIAGE_EVENTS, referral.toString(), json);
        CloudEventHeaders.write(record.headers(), new EventMetadata(id, "triage.received",
                URI.create("/triage-service"), Instant.now(), referral.toString()));
        return record;
    }
}
