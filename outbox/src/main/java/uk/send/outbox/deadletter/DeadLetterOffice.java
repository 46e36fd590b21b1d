package uk.send.outbox.deadletter;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.send.contracts.CloudEventHeaders;
import uk.send.contracts.EventMetadata;
import uk.send.contracts.MalformedEvent;
import uk.send.contracts.Topics;
import uk.send.outbox.Outbox;
import uk.send.outbox.OutboxConfig;
import uk.send.problems.Refusal;

/**
 * The dead letters of the topic this service publishes, for its operators: what was set aside, by which consumer,
 * why and when, and whether it has been published again. Publishing again happens once per dead letter, through
 * the outbox, and only for an event this service itself published: the original is read back from the topic, so
 * nothing personal ever had to be kept beside the dead letter.
 */
@ApplicationScoped
public class DeadLetterOffice {

    private final TopicRecords topics;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final OutboxConfig config;

    DeadLetterOffice(TopicRecords topics, Outbox outbox, EntityManager entityManager, OutboxConfig config) {
        this.topics = topics;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.config = config;
    }

    /** Every dead letter on the topic's dead-letter twin, oldest first. */
    public List<SetAside> list() {
        List<Replay> replays = replays();
        return topics.all(Topics.deadLetter(config.topic())).stream()
                .map(record -> SetAside.of(record, replays))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(SetAside::setAsideAt))
                .toList();
    }

    /**
     * Publishes the event a dead letter points at again, once.
     *
     * @param id the dead letter's place on its topic, {@code <partition>-<offset>}
     * @param operator who asked, recorded with the replay
     */
    public SetAside replay(String id, String operator) {
        SetAside setAside = find(id).orElseThrow(() -> new Refusal.NotFound("There is no dead letter " + id + " on "
                + Topics.deadLetter(config.topic()) + "."));
        if (setAside.replayedAt() != null) {
            throw new Refusal.Conflict("Dead letter " + id + " was published again on " + setAside.replayedAt()
                    + " by " + setAside.replayedBy() + ".");
        }
        DeadLetter letter = setAside.letter();
        ConsumerRecord<String, String> original = topics.at(letter.topic(), letter.partition(), letter.offset())
                .orElseThrow(() -> new Refusal.Conflict("The event of dead letter " + id + " is no longer kept on "
                        + letter.topic() + ": its retention has passed."));
        EventMetadata event = readable(original, id);
        if (!event.id().equals(letter.eventId())) {
            throw new Refusal.Conflict("The event at that place on " + letter.topic() + " is not the one set aside.");
        }
        if (!URI.create(config.source()).equals(event.source())) {
            throw new Refusal.Conflict("Dead letter " + id + " is about an event this service did not publish ("
                    + event.source() + "), so it cannot publish it again.");
        }
        if (!DeadLetterJson.isJson(original.value())) {
            throw new Refusal.Conflict("The event of dead letter " + id + " is not JSON; published again, it would "
                    + "only be set aside again.");
        }
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            int recorded = entityManager.createNativeQuery("""
                    INSERT INTO dead_letter_replay (dead_letter, event_id, replayed_by, replayed_at)
                    VALUES (:id, :event, :operator, :at) ON CONFLICT DO NOTHING""")
                    .setParameter("id", id).setParameter("event", event.id()).setParameter("operator", operator)
                    .setParameter("at", now).executeUpdate();
            if (recorded == 0) {
                throw new Refusal.Conflict("Dead letter " + id + " has just been published again by someone else.");
            }
            outbox.addAgain(event.id(), original.topic(), original.key(), event.type(), original.value(),
                    event.time());
        });
        return setAside.replayed(now, operator);
    }

    private Optional<SetAside> find(String id) {
        String[] place = id.split("-", 2);
        try {
            int partition = Integer.parseInt(place[0]);
            long offset = Long.parseLong(place.length == 2 ? place[1] : "");
            return topics.at(Topics.deadLetter(config.topic()), partition, offset)
                    .flatMap(record -> SetAside.of(record, replays()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static EventMetadata readable(ConsumerRecord<String, String> original, String id) {
        try {
            return CloudEventHeaders.read(original.headers());
        } catch (MalformedEvent e) {
            throw new Refusal.Conflict("The event of dead letter " + id + " has no readable CloudEvents headers ("
                    + e.getMessage() + "); published again, it would only be set aside again.");
        }
    }

    @SuppressWarnings("unchecked")
    private List<Replay> replays() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) entityManager.createNativeQuery(
                "SELECT dead_letter, event_id, replayed_by, replayed_at FROM dead_letter_replay").getResultList())
                .stream().map(Replay::of).toList());
    }
}
