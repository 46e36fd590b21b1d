package uk.send.notification.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import uk.send.notification.NotificationConfig;

/**
 * Reconciles every closed referral with its closure notices: the school and every family contact must have been
 * reached within the SLA. Anything else is reported by id, never hidden.
 */
@ApplicationScoped
public class ClosureAudit {

    /** How long one scrape's report serves: longer than a scrape takes, far shorter than the time between two. */
    private static final Duration SCRAPE = Duration.ofSeconds(5);

    /** The audit's figures. {@code notNotifiedWithinSla} lists held, overdue and late closures. */
    public record Report(Instant at, long slaMinutes, long closedReferrals, long fullyNotified, long pending,
            long failed, List<UUID> notNotifiedWithinSla) {
    }

    private final EntityManager entityManager;
    private final NotificationConfig config;
    private final MeterRegistry metrics;
    private final AtomicReference<Report> scraped = new AtomicReference<>();

    ClosureAudit(EntityManager entityManager, NotificationConfig config, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.config = config;
        this.metrics = metrics;
    }

    void registerMetrics(@jakarta.enterprise.event.Observes StartupEvent startup) {
        Gauge.builder("closure.audit.closed", this, audit -> audit.forScrape().closedReferrals()).register(metrics);
        Gauge.builder("closure.audit.fully.notified", this, audit -> audit.forScrape().fullyNotified())
                .register(metrics);
        Gauge.builder("closure.audit.pending", this, audit -> audit.forScrape().pending()).register(metrics);
        Gauge.builder("closure.audit.failed", this, audit -> audit.forScrape().failed()).register(metrics);
        Gauge.builder("closure.audit.not.notified.within.sla", this,
                audit -> audit.forScrape().notNotifiedWithinSla().size()).register(metrics);
    }

    /**
     * One report for the five gauges of a scrape, which reads them one after the other: the audit's query runs once
     * per scrape, not five times.
     */
    Report forScrape() {
        Report last = scraped.get();
        if (last != null && last.at().isAfter(Instant.now().minus(SCRAPE))) {
            return last;
        }
        Report fresh = report();
        scraped.set(fresh);
        return fresh;
    }

    @SuppressWarnings("unchecked")
    public Report report() {
        Instant now = Instant.now();
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT r.referral_id,
                       bool_or(n.recipient_type = 'SCHOOL') AS school,
                       bool_or(n.recipient_type = 'FAMILY') AS family,
                       count(n.id) AS notices,
                       count(n.id) FILTER (WHERE n.status IN ('SENT', 'DELIVERED')) AS reached,
                       count(n.id) FILTER (WHERE n.status = 'HELD') AS held,
                       bool_or(n.status IN ('SENT', 'DELIVERED')
                               AND coalesce(n.delivered_at, n.sent_at) > r.closed_at + make_interval(mins => :sla))
                           AS late,
                       r.closed_at + make_interval(mins => :sla) < now() AS overdue
                FROM referral_copy r
                LEFT JOIN notice n ON n.cause_event_id = r.closure_event_id
                                  AND n.recipient_type IN ('SCHOOL', 'FAMILY')
                WHERE r.closed_at IS NOT NULL
                GROUP BY r.referral_id, r.closed_at
                ORDER BY r.closed_at""")
                .setParameter("sla", (int) config.closureSla().toMinutes())
                .getResultList());
        long fully = 0;
        long pending = 0;
        long failed = 0;
        List<UUID> notWithinSla = new ArrayList<>();
        for (Object[] row : rows) {
            boolean school = Boolean.TRUE.equals(row[1]);
            boolean family = Boolean.TRUE.equals(row[2]);
            long notices = ((Number) row[3]).longValue();
            long reached = ((Number) row[4]).longValue();
            long held = ((Number) row[5]).longValue();
            boolean late = Boolean.TRUE.equals(row[6]);
            boolean overdue = Boolean.TRUE.equals(row[7]);
            boolean allReached = school && family && notices == reached;
            if (allReached) {
                fully++;
            } else if (held > 0 || overdue) {
                failed++;
            } else {
                pending++;
            }
            if ((allReached && late) || (!allReached && (held > 0 || overdue))) {
                notWithinSla.add((UUID) row[0]);
            }
        }
        return new Report(now, config.closureSla().toMinutes(), rows.size(), fully, pending, failed, notWithinSla);
    }
}
