package uk.send.outbox.deadletter;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.Topics;
import uk.send.outbox.OutboxConfig;
import uk.send.outbox.Producers;

/**
 * Sets aside an event a consumer cannot apply, by writing a {@link DeadLetter} to its topic's dead-letter twin, so
 * the events after it still flow. Returns only once the broker holds the dead letter: a consumer must not move past
 * an event that is recorded nowhere.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final Map<String, Object> kafka;
    private final OutboxConfig config;
    private Producer<String, String> producer;

    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafka, OutboxConfig config) {
        this.kafka = kafka;
        this.config = config;
    }

    /**
     * @param consumer the consumer group that could not apply it
     * @param reason why, in words that name no person
     * @throws DeadLetterNotWritten when the broker did not take the dead letter; the event must then be retried
     */
    public void setAside(String consumer, ConsumerRecord<String, String> record, String reason) {
        DeadLetter letter = new DeadLetter(eventId(record), CloudEventHeaders.attribute(record.headers(),
                CloudEventHeaders.TYPE), record.topic(), record.partition(), record.offset(), consumer, reason,
                Instant.now());
        try {
            producer().send(new ProducerRecord<>(Topics.deadLetter(record.topic()), record.key(),
                    DeadLetterJson.write(letter))).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new DeadLetterNotWritten(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLetterNotWritten(e);
        }
        LOG.warnf("%s set aside %s %s from %s-%d at offset %d: %s", consumer, letter.type(), letter.eventId(),
                record.topic(), record.partition(), record.offset(), reason);
    }

    /**
     * The reason for a failure that outlasted the retries, told by its kinds alone: exception messages can quote
     * the data that failed (a constraint's key, a parser's input), SQL states and class names cannot.
     */
    public static String stillFailing(RuntimeException failure, Duration retriedFor) {
        Throwable root = failure;
        String sqlState = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            root = cause;
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                sqlState = sql.getSQLState();
            }
        }
        return "still failing after " + retriedFor.toSeconds() + " seconds of retries: "
                + root.getClass().getSimpleName() + (sqlState == null ? "" : " (SQL state " + sqlState + ")");
    }

    void close(@Observes ShutdownEvent shutdown) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = Producers.reliable(kafka, config, "dead-letters");
        }
        return producer;
    }

    private static UUID eventId(ConsumerRecord<String, String> record) {
        try {
            String id = CloudEventHeaders.attribute(record.headers(), CloudEventHeaders.ID);
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The broker did not take a dead letter; the event it was about has not been moved past. */
    public static final class DeadLetterNotWritten extends RuntimeException {
        DeadLetterNotWritten(Throwable cause) {
            super("Kafka did not take the dead letter: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
