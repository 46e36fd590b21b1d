package uk.send.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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

    Outbox(Event<OutboxWritten> written) {
        this.written = written;
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
}
