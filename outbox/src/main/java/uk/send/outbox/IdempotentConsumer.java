package uk.send.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.MalformedEvent;

/**
 * Applies an incoming Kafka record exactly once per consumer: the effect and the processed-event record commit in
 * one transaction, and a redelivered event is skipped.
 *
 * <p>An event that can never be applied ({@link MalformedEvent}, {@link UnprocessableEvent}) is rethrown at once,
 * so the channel's dead-letter-queue strategy moves it aside with the reason. Any other failure (a database restart,
 * a lock timeout) is retried with backoff in place, keeping the partition's order, for up to
 * {@code outbox.consumer.retry-for}; only then does the event go to the dead-letter queue.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final ProcessedEvents processedEvents;
    private final OutboxConfig config;

    IdempotentConsumer(ProcessedEvents processedEvents, OutboxConfig config) {
        this.processedEvents = processedEvents;
        this.config = config;
    }

    public void consume(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.from(record);
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
                throw e;
            } catch (RuntimeException e) {
                if (Instant.now().isAfter(giveUpAt)) {
                    throw e;
                }
                LOG.warnf("Retrying %s %s in %d ms: %s", event.metadata().type(), event.metadata().id(),
                        backoff.toMillis(), e.getClass().getSimpleName());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
            }
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
