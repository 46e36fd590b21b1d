package uk.send.transition.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import uk.send.contracts.transition.TransitionChildRecordsDestroyed;
import uk.send.identifiers.England;
import uk.send.outbox.Outbox;
import uk.send.transition.children.ChildRecordDeletion;

/**
 * Destroys, each night, the records of every child past their period ({@link RetentionConfig}) whose referrals'
 * records have all gone already (a referral keeps its link to the child while referral-service keeps its records).
 * Each child in a transaction of its own, with its event, which tells triage to destroy the advice asked of it. What
 * stays names no one: the register of destroyed records, who read what, and the ids of events applied.
 */
@ApplicationScoped
public class ChildRecordsRetention {

    private static final Logger LOG = Logger.getLogger(ChildRecordsRetention.class);

    private final RetentionConfig config;
    private final EntityManager entityManager;
    private final ChildRecordDeletion childRecords;
    private final Outbox outbox;
    private final MeterRegistry meters;

    ChildRecordsRetention(RetentionConfig config, EntityManager entityManager, ChildRecordDeletion childRecords,
            Outbox outbox, MeterRegistry meters) {
        this.config = config;
        this.entityManager = entityManager;
        this.childRecords = childRecords;
        this.outbox = outbox;
        this.meters = meters;
    }

    @Scheduled(cron = "${retention.cron}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        LOG.infof("Retention: %d children's records destroyed, their period having passed", runFor(England.today()));
    }

    /** Destroys what has passed its period on this day; returns how many children's records went. */
    public int runFor(LocalDate today) {
        int destroyed = 0;
        for (UUID child : QuarkusTransaction.requiringNew().call(() -> due(today))) {
            if (QuarkusTransaction.requiringNew().call(() -> destroy(child, today))) {
                destroyed++;
            }
        }
        meters.counter("retention_destroyed_total").increment(destroyed);
        return destroyed;
    }

    /** Children kept until their birthday this many years on, which was before today, and no referral left. */
    @SuppressWarnings("unchecked")
    private List<UUID> due(LocalDate today) {
        return entityManager.createNativeQuery("""
                SELECT c.id FROM child c
                WHERE (c.date_of_birth + make_interval(years => ?1))::date < ?2
                  AND NOT EXISTS (SELECT 1 FROM child_referral r WHERE r.child_id = c.id)
                ORDER BY c.date_of_birth LIMIT ?3""", UUID.class)
                .setParameter(1, config.childRecordsUntilAge()).setParameter(2, today)
                .setParameter(3, config.mostPerRun()).getResultList();
    }

    private boolean destroy(UUID child, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object> keptUntil = entityManager.createNativeQuery("""
                SELECT (c.date_of_birth + make_interval(years => ?2))::date FROM child c WHERE c.id = ?1
                  AND NOT EXISTS (SELECT 1 FROM child_referral r WHERE r.child_id = c.id) FOR UPDATE""")
                .setParameter(1, child).setParameter(2, config.childRecordsUntilAge()).getResultList();
        if (keptUntil.isEmpty()) {
            // Another instance got there first, or a referral came in since.
            return false;
        }
        childRecords.delete(child);
        Instant now = Instant.now();
        entityManager.createNativeQuery("INSERT INTO destroyed_child_record (child_id, kept_until, destroyed_at) "
                        + "VALUES (?1, ?2, ?3)")
                .setParameter(1, child).setParameter(2, keptUntil.get(0)).setParameter(3, now).executeUpdate();
        outbox.add(child.toString(), new TransitionChildRecordsDestroyed(child, now));
        return true;
    }
}
