package uk.send.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.send.contracts.EventJson;
import uk.send.contracts.EventType;

/**
 * Records an event in the caller's transaction. The event is published if and only if that transaction commits,
 * so a state change and its event can never disagree.
 */
@ApplicationScoped
public class Outbox {

    private final Event<OutboxWritten> written;
    private final EntityManager entityManager;

    Outbox(Event<OutboxWritten> written, EntityManager entityManager) {
        this.written = written;
        this.entityManager = entityManager;
    }

    /**
     * @param aggregateId the Kafka key and CloudEvents subject: all events of one aggregate stay in order
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(String aggregateId, Record payload) {
        EventType type = EventType.ofPayload(payload);
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = type.topic();
        event.aggregateId = aggregateId;
        event.eventType = type.type();
        event.payload = EventJson.write(payload);
        event.occurredAt = Instant.now();
        event.persist();
        written.fire(new OutboxWritten());
        return event.id;
    }

    /**
     * Records an event this service published before to be published again, unchanged: same id, type, key, time
     * and payload, so every consumer that applied it skips the copy and one that set it aside applies it now.
     *
     * @param payload the event's JSON as it was published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAgain(UUID id, String topic, String aggregateId, String type, String payload, Instant occurredAt) {
        // A row still kept from the first time is simply marked unpublished, keeping its place in the order.
        entityManager.createNativeQuery("""
                INSERT INTO outbox_event (id, topic, aggregate_id, event_type, payload, occurred_at)
                VALUES (:id, :topic, :aggregate, :type, CAST(:payload AS jsonb), :occurred)
                ON CONFLICT (id) DO UPDATE SET published_at = NULL""")
                .setParameter("id", id).setParameter("topic", topic).setParameter("aggregate", aggregateId)
                .setParameter("type", type).setParameter("payload", payload).setParameter("occurred", occurredAt)
                .executeUpdate();
        written.fire(new OutboxWritten());
    }

    /**
     * Forgets every event about these aggregates still kept here, published or waiting: their records were destroyed,
     * and their events carry what the records did. Returns how many went.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int discard(Collection<String> aggregateIds) {
        if (aggregateIds.isEmpty()) {
            return 0;
        }
        return entityManager.createNativeQuery("DELETE FROM outbox_event WHERE aggregate_id IN (:ids)")
                .setParameter("ids", aggregateIds).executeUpdate();
    }
}
