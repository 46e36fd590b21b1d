package uk.send.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.MalformedEvent;
import uk.send.outbox.deadletter.DeadLetters;

/**
 * Applies an incoming Kafka record exactly once per consumer: the effect and the processed-event record commit in
 * one transaction, and a redelivered event is skipped.
 *
 * <p>An event that can never be applied ({@link MalformedEvent}, {@link UnprocessableEvent}) is set aside at once
 * on the topic's dead-letter twin with the reason ({@link DeadLetters}), and the next event is taken. Any other
 * failure (a database restart, a lock timeout) is retried with backoff in place, keeping the partition's order, for
 * up to {@code outbox.consumer.retry-for}; only then is the event set aside. A set-aside event is not recorded as
 * processed, so once the cause is mended the topic's owner can publish it again and this consumer applies it.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final ProcessedEvents processedEvents;
    private final DeadLetters deadLetters;
    private final OutboxConfig config;
    private final EntityManager entityManager;

    IdempotentConsumer(ProcessedEvents processedEvents, DeadLetters deadLetters, OutboxConfig config,
            EntityManager entityManager) {
        this.processedEvents = processedEvents;
        this.deadLetters = deadLetters;
        this.config = config;
        this.entityManager = entityManager;
    }

    /**
     * @param consumer the consumer group, which is also the name its processed events are recorded under
     * @throws DeadLetters.DeadLetterNotWritten when an event had to be set aside and Kafka did not take it: the
     *         channel then stops rather than move past an event recorded nowhere
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (MalformedEvent e) {
            deadLetters.setAside(consumer, record, e.getMessage());
            return;
        }
        Instant giveUpAt = Instant.now().plus(config.consumer().retryFor());
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (processedEvents.firstDelivery(consumer, event.metadata().id(), event.metadata().type())) {
                        effect.accept(event);
                    }
                });
                return;
            } catch (MalformedEvent | UnprocessableEvent e) {
                deadLetters.setAside(consumer, record, e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (Instant.now().isAfter(giveUpAt)) {
                    deadLetters.setAside(consumer, record, DeadLetters.stillFailing(e, config.consumer().retryFor()));
                    return;
                }
                LOG.warnf("Retrying %s %s in %d ms: %s", event.metadata().type(), event.metadata().id(),
                        backoff.toMillis(), e.getClass().getSimpleName());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Applies the records of one poll in one transaction, each behind the processed-event guard: a poll costs one
     * commit, not one a record. If anything in it fails, none of it is kept and its records are applied one at a time
     * as {@link #consume} applies them, in order: a poison event is then set aside alone and the rest still applied,
     * and a passing failure (a database restart) is retried in place.
     *
     * <p>Events of the types the consumer passes over are left out before any of that: they change nothing, so
     * applying one twice is harmless, and they cost no transaction and leave no processed-event record (on a busy
     * platform most of what some consumers read is other services' news, such as every notice delivered).
     *
     * @param consumer the consumer group, which is also the name its processed events are recorded under
     * @param passedOver the types of event this consumer has nothing to do with
     */
    public void consumeAll(String consumer, ConsumerRecords<String, String> records, Set<EventType> passedOver,
            Consumer<IncomingEvent> effect) {
        List<ConsumerRecord<String, String>> polled = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            if (!isOneOf(record, passedOver)) {
                polled.add(record);
            }
        }
        if (polled.isEmpty()) {
            return;
        }
        if (polled.size() > 1) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (ConsumerRecord<String, String> record : polled) {
                        IncomingEvent event = IncomingEvent.from(record);
                        if (processedEvents.firstDelivery(consumer, event.metadata().id(), event.metadata().type())) {
                            effect.accept(event);
                            // Each record's rows are written and let go: every query flushes, and a flush checks
                            // each entity held, so a poll's entities kept to the end would cost the square of its
                            // size (seen in the profile as most of a consumer's time in dirty checks).
                            entityManager.flush();
                            entityManager.clear();
                        }
                    }
                });
                return;
            } catch (RuntimeException e) {
                LOG.debugf("A poll of %d records for %s failed together (%s): applying them one at a time",
                        polled.size(), consumer, e.getClass().getSimpleName());
            }
        }
        polled.forEach(record -> consume(consumer, record, effect));
    }

    /** Whether a record is a well-formed event of one of these types (a malformed one is set aside as usual). */
    private static boolean isOneOf(ConsumerRecord<String, String> record, Set<EventType> types) {
        if (types.isEmpty()) {
            return false;
        }
        try {
            return types.contains(IncomingEvent.from(record).eventType());
        } catch (MalformedEvent e) {
            return false;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
