package uk.send.outbox;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventMetadata;

/**
 * Publishes outbox rows to Kafka in commit order, keyed by aggregate id, and marks them published only after the
 * broker has acknowledged them (at least once; consumers drop duplicates by event id).
 *
 * <p>Only one relay publishes at a time for a database: each batch runs under a transaction-scoped PostgreSQL
 * advisory lock, so running several instances of a service neither publishes a row twice nor reorders an
 * aggregate's events. A commit wakes the relay at once; a short poll catches rows written by other instances and
 * batches left behind by a failure.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Arbitrary but fixed: the advisory lock that elects the publishing relay. */
    private static final long RELAY_LOCK = 0x53454E44_4F555442L;

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final Map<String, Object> kafka;
    private final MeterRegistry metrics;
    private WakeAndPoll loop;
    private Producer<String, String> producer;
    private Counter published;
    private Instant lastPurge = Instant.EPOCH;

    OutboxRelay(EntityManager entityManager, OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.config = config;
        this.kafka = kafka;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent startup) {
        published = Counter.builder("outbox.published").description("Outbox events acknowledged by Kafka")
                .register(metrics);
        Gauge.builder("outbox.pending", this, OutboxRelay::pendingCount)
                .description("Outbox events not yet acknowledged by Kafka").register(metrics);
        if (!config.relay().enabled()) {
            return;
        }
        producer = newProducer();
        loop = WakeAndPoll.start("outbox-relay", config.relay().pollInterval(), this::drain);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (loop != null) {
            loop.close();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (loop != null) {
            loop.wake();
        }
    }

    /** Publishes until no full batch is left; rows a failure leaves pending wait for the next poll. */
    private void drain() {
        while (publishPending(producer) == config.relay().batchSize()) {
            // A full batch: more rows are probably waiting.
        }
        purgeOldRows();
    }

    /**
     * Publishes one batch of pending rows through the given producer.
     *
     * @return the number of rows published, 0 when none were pending or another relay holds the lock
     */
    public int publishPending(Producer<String, String> producer) {
        int count = QuarkusTransaction.requiringNew().call(() -> {
            boolean elected = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK)
                    .getSingleResult();
            if (!elected) {
                return 0;
            }
            List<OutboxEvent> batch = entityManager
                    .createQuery("FROM OutboxEvent WHERE publishedAt IS NULL ORDER BY seq", OutboxEvent.class)
                    .setMaxResults(config.relay().batchSize())
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>(batch.size());
            for (OutboxEvent event : batch) {
                acknowledgements.add(producer.send(toRecord(event)));
            }
            producer.flush();
            awaitAll(acknowledgements);
            // One statement marks the whole acknowledged batch, rather than one update a row at the flush.
            entityManager.createQuery("UPDATE OutboxEvent SET publishedAt = :now WHERE seq IN :seqs")
                    .setParameter("now", Instant.now())
                    .setParameter("seqs", batch.stream().map(event -> event.seq).toList())
                    .executeUpdate();
            return batch.size();
        });
        if (published != null) {
            published.increment(count);
        }
        return count;
    }

    /** Publishes one batch through the relay's own producer. */
    public int publishPending() {
        if (producer == null) {
            producer = newProducer();
        }
        return publishPending(producer);
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.aggregateId, event.payload);
        CloudEventHeaders.write(record.headers(), new EventMetadata(event.id, event.eventType,
                URI.create(config.source()), event.occurredAt, event.aggregateId));
        return record;
    }

    private static void awaitAll(List<Future<RecordMetadata>> acknowledgements) {
        try {
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(60, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new OutboxPublishFailed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxPublishFailed(e);
        }
    }

    private void purgeOldRows() {
        if (lastPurge.isAfter(Instant.now().minusSeconds(3600))) {
            return;
        }
        lastPurge = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("publishedAt < ?1",
                Instant.now().minus(config.relay().retention())));
    }

    private double pendingCount() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt IS NULL"));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private Producer<String, String> newProducer() {
        return Producers.reliable(kafka, config, "outbox-relay");
    }

    /** The broker did not acknowledge a batch; its rows stay pending. */
    static final class OutboxPublishFailed extends RuntimeException {
        OutboxPublishFailed(Throwable cause) {
            super("Kafka did not acknowledge the batch: " + cause.getMessage(), cause);
        }
    }
}
