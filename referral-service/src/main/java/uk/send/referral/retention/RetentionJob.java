package uk.send.referral.retention;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import uk.send.identifiers.England;

/**
 * Destroys, each night, the records of every closed referral whose retention period has passed ({@link RetentionRule}),
 * each in a transaction of its own with its event. Open referrals are never touched: their care has not ended. Two
 * instances running at once destroy each referral once (the row is locked, and gone for the second).
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    /** A closed referral, with what the rule needs. */
    record Closed(UUID id, LocalDate dateOfBirth, LocalDate careEndedOn) {
    }

    private final RetentionConfig config;
    private final RetentionRule rule;
    private final RecordDestruction destruction;
    private final EntityManager entityManager;
    private final MeterRegistry meters;

    RetentionJob(RetentionConfig config, RecordDestruction destruction, EntityManager entityManager,
            MeterRegistry meters) {
        this.config = config;
        this.rule = RetentionRule.of(config);
        this.destruction = destruction;
        this.entityManager = entityManager;
        this.meters = meters;
    }

    @Scheduled(cron = "${retention.cron}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int destroyed = runFor(England.today());
        LOG.infof("Retention: %d referrals' records destroyed, their period having passed", destroyed);
    }

    /** Destroys what has passed its period on this day; returns how many referrals' records went. */
    public int runFor(LocalDate today) {
        int destroyed = 0;
        for (Closed closed : candidates(today)) {
            if (destroyed == config.mostPerRun()) {
                LOG.infof("Retention: stopped at %d this run; the rest go on the next", destroyed);
                break;
            }
            if (rule.hasPassed(closed.dateOfBirth(), closed.careEndedOn(), today)
                    && destruction.periodPassed(closed.id(),
                            rule.keptUntil(closed.dateOfBirth(), closed.careEndedOn())).isPresent()) {
                destroyed++;
            }
        }
        meters.counter("retention_destroyed_total").increment(destroyed);
        return destroyed;
    }

    /** Closed referrals that may have passed their period, by the sieve; the rule decides each. */
    @Transactional
    List<Closed> candidates(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT r.id, r.child_date_of_birth,
                       (SELECT (max(c.changed_at) AT TIME ZONE 'Europe/London')::date FROM status_change c
                        WHERE c.referral_id = r.id AND c.to_status = 'CLOSED') AS ended
                FROM referral r
                WHERE r.status = 'CLOSED'
                  AND (r.child_date_of_birth <= ?1 OR EXISTS (SELECT 1 FROM status_change c
                       WHERE c.referral_id = r.id AND c.to_status = 'CLOSED'
                         AND (c.changed_at AT TIME ZONE 'Europe/London')::date <= ?2))
                ORDER BY r.submitted_at""")
                .setParameter(1, rule.bornOnOrBefore(today))
                .setParameter(2, rule.careEndedOnOrBefore(today))
                .getResultList();
        List<Closed> closed = new ArrayList<>();
        for (Object[] row : rows) {
            closed.add(new Closed((UUID) row[0], localDate(row[1]), localDate(row[2])));
        }
        return closed;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
