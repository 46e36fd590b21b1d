package uk.send.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The processed-event guard. Called in the consumer's own transaction, so the record that an event was applied
 * commits or rolls back together with the event's effect.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records that {@code consumer} applies this event.
     *
     * @return true the first time; false if the event was already applied (a redelivery), or is being applied by a
     *         concurrent transaction that then commits
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId, String eventType) {
        return NativeStatements.onUnmappedTables(entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, event_type) VALUES (:consumer, :id, :type)
                ON CONFLICT DO NOTHING"""))
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .setParameter("type", eventType)
                .executeUpdate() == 1;
    }
}
