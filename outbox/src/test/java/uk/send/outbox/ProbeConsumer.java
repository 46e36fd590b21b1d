package uk.send.outbox;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.triage.TriageReceived;

/** A consumer as a service writes one: its effect is a row in {@code probe_effect}. */
@ApplicationScoped
public class ProbeConsumer {

    private final IdempotentConsumer idempotentConsumer;
    private final EntityManager entityManager;

    ProbeConsumer(IdempotentConsumer idempotentConsumer, EntityManager entityManager) {
        this.idempotentConsumer = idempotentConsumer;
        this.entityManager = entityManager;
    }

    @Incoming("probe")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        idempotentConsumer.consumeAll("outbox-test", records, Set.of(), event -> {
            TriageReceived received = event.payload(TriageReceived.class);
            entityManager.createNativeQuery("INSERT INTO probe_effect (event_id, referral_id) VALUES (:e, :r)")
                    .setParameter("e", event.metadata().id())
                    .setParameter("r", received.referralId())
                    .executeUpdate();
        });
    }
}
