package uk.send.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Recording an event as processed writes nothing else early: what the consumer changed for the events before it in
 * the same polled batch stays pending until the commit, where it is written in JDBC batches, not in a round trip of
 * its own for each event.
 */
@QuarkusTest
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    EntityManager entityManager;

    @Test
    void recordingAnEventAsProcessedLeavesTheBatchsOtherChangesToTheCommit() {
        UUID pending = UUID.randomUUID();
        QuarkusTransaction.begin();
        try {
            OutboxEvent earlierEventsEffect = new OutboxEvent();
            earlierEventsEffect.id = pending;
            earlierEventsEffect.topic = "processed-events-test";
            earlierEventsEffect.aggregateId = "processed-events-test";
            earlierEventsEffect.eventType = "processed-events-test";
            earlierEventsEffect.payload = "{}";
            earlierEventsEffect.occurredAt = Instant.now();
            earlierEventsEffect.persist();

            assertThat(processedEvents.firstDelivery("processed-events-test", UUID.randomUUID(), "test")).isTrue();

            assertThat(rowsWithoutFlushing(pending)).as("the earlier change, still only in the persistence context")
                    .isZero();

            entityManager.flush();
            assertThat(rowsWithoutFlushing(pending)).as("the same query sees it once it is flushed").isOne();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    /** The outbox rows with this id in the database, read without flushing anything first. */
    private int rowsWithoutFlushing(UUID id) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM outbox_event WHERE id = :id")
                .setFlushMode(FlushModeType.COMMIT).setParameter("id", id).getSingleResult()).intValue();
    }
}
