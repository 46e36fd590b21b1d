package uk.send.notification.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import uk.send.contracts.notification.ClosureNoticeVerdict;
import uk.send.notification.NotificationConfig;

/**
 * Reconciles every closed referral with its closure notices, by the one rule of {@link ClosureNotices}: the school and
 * every family contact must have been reached within the SLA. Anything else is reported by id, never hidden: a
 * closure told late, one whose SLA passed untold, and one with a notice held because nobody can be reached.
 */
@ApplicationScoped
public class ClosureAudit {

    /** How long one scrape's report serves: longer than a scrape takes, far shorter than the time between two. */
    private static final Duration SCRAPE = Duration.ofSeconds(5);

    /**
     * The audit's figures. {@code notNotifiedWithinSla} lists held, overdue and late closures; {@code stillToTell}
     * those within the SLA still waiting for a notice to reach someone: a letter to be posted, a Braille copy to be
     * made, a mail server to come back.
     */
    public record Report(Instant at, long slaMinutes, long closedReferrals, long fullyNotified, long pending,
            long failed, List<UUID> notNotifiedWithinSla, List<UUID> stillToTell) {
    }

    private final ClosureSummaries summaries;
    private final NotificationConfig config;
    private final MeterRegistry metrics;
    private final AtomicReference<Report> scraped = new AtomicReference<>();

    ClosureAudit(ClosureSummaries summaries, NotificationConfig config, MeterRegistry metrics) {
        this.summaries = summaries;
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

    public Report report() {
        Instant now = Instant.now();
        List<ClosureNotices.Closure> closures = QuarkusTransaction.requiringNew().call(summaries::all);
        long fully = 0;
        long pending = 0;
        long failed = 0;
        List<UUID> notWithinSla = new ArrayList<>();
        List<UUID> stillToTell = new ArrayList<>();
        for (ClosureNotices.Closure closure : closures) {
            Optional<ClosureNotices.Decided> verdict = ClosureNotices.verdict(closure, config.closureSla(), now);
            boolean kept = verdict.map(v -> v.verdict() == ClosureNoticeVerdict.TOLD_IN_TIME).orElse(false);
            if (closure.allReached()) {
                fully++;
            } else if (closure.atRisk() || verdict.isPresent()) {
                failed++;
            } else {
                pending++;
                stillToTell.add(closure.referralId());
            }
            if ((verdict.isPresent() && !kept) || closure.atRisk()) {
                notWithinSla.add(closure.referralId());
            }
        }
        return new Report(now, config.closureSla().toMinutes(), closures.size(), fully, pending, failed, notWithinSla,
                stillToTell);
    }
}
