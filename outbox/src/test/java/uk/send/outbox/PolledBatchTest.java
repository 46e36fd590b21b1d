package uk.send.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventJson;
import uk.send.contracts.EventMetadata;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.Topics;
import uk.send.contracts.WaitingUpdateReason;
import uk.send.contracts.triage.TriageReceived;
import uk.send.contracts.triage.TriageWaitingUpdate;
import uk.send.outbox.deadletter.DeadLetter;
import uk.send.testservers.TopicReader;

/**
 * The records of one poll are applied in one transaction; a poll with a poison event in it is applied one record at a
 * time instead, so the poison is set aside alone and the events around it are applied, in order, once each. Events the
 * consumer passes over are left out of it all.
 */
@QuarkusTest
class PolledBatchTest {

    private static final String CONSUMER = "outbox-batch-test";
    private static final Set<EventType> PASSED_OVER = Set.of(EventType.TRIAGE_WAITING_UPDATE);
    /** Offsets of the records made here, far from those the broker gives the probe's topic. */
    private static final AtomicLong OFFSETS = new AtomicLong(1_000_000_000L);

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Test
    void aPollIsAppliedInOneTransactionAndThePollDeliveredAgainChangesNothing() {
        UUID referral = UUID.randomUUID();
        List<ConsumerRecord<String, String>> events = List.of(received(referral), received(referral),
                received(referral));

        consumer.consumeAll(CONSUMER, poll(events), Set.of(), this::apply);
        consumer.consumeAll(CONSUMER, poll(events), Set.of(), this::apply);

        assertThat(applied(referral)).containsExactlyElementsOf(events.stream().map(PolledBatchTest::id).toList());
        assertThat(transactions(referral)).isEqualTo(1);
    }

    @Test
    void aPoisonEventInAPollIsSetAsideAloneAndTheEventsAroundItAreApplied() {
        UUID referral = UUID.randomUUID();
        ConsumerRecord<String, String> before = received(referral);
        ConsumerRecord<String, String> poison = record(referral, UUID.randomUUID(), "{\"referralId\": \"not json");
        ConsumerRecord<String, String> after = received(referral);

        consumer.consumeAll(CONSUMER, poll(List.of(before, poison, after)), Set.of(), this::apply);

        assertThat(applied(referral)).containsExactly(id(before), id(after));
        assertThat(transactions(referral)).isEqualTo(2);
        try (TopicReader reader = new TopicReader(Topics.deadLetter(Topics.TRIAGE_EVENTS))) {
            List<ConsumerRecord<String, String>> dead = reader.readUntil(r -> referral.toString().equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
            DeadLetter letter = EventJson.read(dead.get(0).value(), DeadLetter.class);
            assertThat(letter.eventId()).isEqualTo(id(poison));
            assertThat(letter.consumer()).isEqualTo(CONSUMER);
            assertThat(letter.offset()).isEqualTo(poison.offset());
        }
    }

    @Test
    void anEventTheConsumerPassesOverCostsNoTransactionAndLeavesNoRecordWhileThoseAroundItAreApplied() {
        UUID referral = UUID.randomUUID();
        ConsumerRecord<String, String> before = received(referral);
        ConsumerRecord<String, String> passedOver = waitingUpdate(referral);
        ConsumerRecord<String, String> after = received(referral);

        consumer.consumeAll(CONSUMER, poll(List.of(before, passedOver, after)), PASSED_OVER, this::apply);
        consumer.consumeAll(CONSUMER, poll(List.of(waitingUpdate(referral), waitingUpdate(referral))), PASSED_OVER,
                event -> {
                    throw new AssertionError("an event passed over reached the consumer's effect");
                });

        assertThat(applied(referral)).containsExactly(id(before), id(after));
        assertThat(transactions(referral)).isEqualTo(1);
        assertThat(processed(id(before))).isEqualTo(1);
        assertThat(processed(id(passedOver))).isZero();
    }

    @Test
    void aMalformedEventIsSetAsideEvenAmongEventsPassedOver() {
        UUID referral = UUID.randomUUID();
        ConsumerRecord<String, String> unknown = record(referral, UUID.randomUUID(), "triage.no-such-event", "{}");

        consumer.consumeAll(CONSUMER, poll(List.of(waitingUpdate(referral), unknown)), PASSED_OVER, this::apply);

        try (TopicReader reader = new TopicReader(Topics.deadLetter(Topics.TRIAGE_EVENTS))) {
            List<ConsumerRecord<String, String>> dead = reader.readUntil(r -> referral.toString().equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(30));
            assertThat(dead).hasSize(1);
            assertThat(EventJson.read(dead.get(0).value(), DeadLetter.class).eventId()).isEqualTo(id(unknown));
        }
    }

    private long processed(UUID event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE consumer = :c AND event_id = :e")
                .setParameter("c", CONSUMER).setParameter("e", event).getSingleResult()).longValue());
    }

    private void apply(IncomingEvent event) {
        TriageReceived received = event.payload(TriageReceived.class);
        entityManager.createNativeQuery("INSERT INTO probe_effect (event_id, referral_id) VALUES (:e, :r)")
                .setParameter("e", event.metadata().id())
                .setParameter("r", received.referralId())
                .executeUpdate();
    }

    /** The events applied for a referral, in the order they were written. */
    @SuppressWarnings("unchecked")
    private List<UUID> applied(UUID referral) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT event_id FROM probe_effect WHERE referral_id = :r ORDER BY xmin::text::bigint, ctid",
                UUID.class).setParameter("r", referral).getResultList());
    }

    /** How many transactions wrote the referral's effects. */
    private long transactions(UUID referral) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(DISTINCT xmin::text) FROM probe_effect WHERE referral_id = :r")
                .setParameter("r", referral).getSingleResult()).longValue());
    }

    private static ConsumerRecords<String, String> poll(List<ConsumerRecord<String, String>> records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(Topics.TRIAGE_EVENTS, 0), records), Map.of());
    }

    private static ConsumerRecord<String, String> received(UUID referral) {
        return record(referral, UUID.randomUUID(),
                EventJson.write(new TriageReceived(referral, ClinicalService.CAMHS, Instant.now())));
    }

    private static ConsumerRecord<String, String> waitingUpdate(UUID referral) {
        return record(referral, UUID.randomUUID(), EventType.TRIAGE_WAITING_UPDATE.type(), EventJson.write(
                new TriageWaitingUpdate(referral, ClinicalService.CAMHS, 4, 12, WaitingUpdateReason.DUE,
                        Instant.now())));
    }

    private static ConsumerRecord<String, String> record(UUID referral, UUID id, String json) {
        return record(referral, id, EventType.TRIAGE_RECEIVED.type(), json);
    }

    private static ConsumerRecord<String, String> record(UUID referral, UUID id, String type, String json) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(headers, new EventMetadata(id, type, URI.create("/triage-service"),
                Instant.now(), referral.toString()));
        return new ConsumerRecord<>(Topics.TRIAGE_EVENTS, 0, OFFSETS.incrementAndGet(), Instant.now().toEpochMilli(),
                TimestampType.CREATE_TIME, -1, -1, referral.toString(), json, headers, Optional.empty());
    }

    private static UUID id(ConsumerRecord<String, String> record) {
        return CloudEventHeaders.read(record.headers()).id();
    }
}
