package uk.send.referral.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.MeterRegistry;
import uk.send.contracts.IncomingEvent;
import uk.send.referral.Referral;

/**
 * Decisions the lifecycle refused. The event is acknowledged (retrying cannot make it legal), the referral stays as
 * it was, and the conflict is kept and counted so that someone looks at it.
 */
@ApplicationScoped
public class EventConflicts {

    private final EntityManager entityManager;
    private final MeterRegistry metrics;

    EventConflicts(EntityManager entityManager, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.metrics = metrics;
    }

    void record(IncomingEvent event, Referral referral, String refusedBecause) {
        record(event, referral.id(), referral.status().name(), refusedBecause);
    }

    /** An event about a referral this service does not have. */
    void recordUnknown(IncomingEvent event, UUID referralId, String refusedBecause) {
        record(event, referralId, "UNKNOWN", refusedBecause);
    }

    private void record(IncomingEvent event, UUID referralId, String status, String refusedBecause) {
        entityManager.createNativeQuery("""
                INSERT INTO event_conflict (event_id, event_type, referral_id, current_status, refused_because,
                                            recorded_at)
                VALUES (:id, :type, :referral, :status, :because, :at)""")
                .setParameter("id", event.metadata().id())
                .setParameter("type", event.metadata().type())
                .setParameter("referral", referralId)
                .setParameter("status", status)
                .setParameter("because", refusedBecause)
                .setParameter("at", Instant.now())
                .executeUpdate();
        metrics.counter("referral.event.conflicts", "type", event.metadata().type()).increment();
    }
}
