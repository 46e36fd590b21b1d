package uk.send.notification.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import uk.send.contracts.notification.NotificationClosureVerdict;
import uk.send.notification.NotificationConfig;
import uk.send.outbox.Outbox;

/**
 * Gives each closure its verdict once ({@link ClosureNotices#verdict}) and publishes it as
 * {@code notification.closure-verdict}, for the scorecard to count. Looks every few seconds at the closures still
 * undecided, so a verdict follows within seconds of the last notice reaching its recipient or of the SLA passing;
 * closures from before verdicts were published get theirs on the first runs. The verdict's row and its event are
 * written in one transaction, and a row already there (another instance was quicker) publishes nothing.
 */
@ApplicationScoped
public class ClosureVerdicts {

    private static final int PAGE = 500;

    private final ClosureSummaries summaries;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final NotificationConfig config;

    ClosureVerdicts(ClosureSummaries summaries, Outbox outbox, EntityManager entityManager,
            NotificationConfig config) {
        this.summaries = summaries;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(every = "${notification.closure-verdict-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void decideDue() {
        decide(Instant.now());
    }

    /** Decides every closure that can be decided now; returns how many verdicts were published. */
    public int decide(Instant now) {
        int published = 0;
        List<ClosureNotices.Closure> page;
        do {
            page = QuarkusTransaction.requiringNew().call(() -> summaries.undecided(PAGE));
            int decided = 0;
            for (ClosureNotices.Closure closure : page) {
                Optional<ClosureNotices.Decided> verdict = ClosureNotices.verdict(closure, config.closureSla(), now);
                if (verdict.isPresent()) {
                    decided++;
                    published += QuarkusTransaction.requiringNew().call(() -> record(closure, verdict.get(), now));
                }
            }
            // A page of closures all still inside their SLA: the rest are newer still.
            if (decided == 0) {
                break;
            }
        } while (page.size() == PAGE);
        return published;
    }

    private int record(ClosureNotices.Closure closure, ClosureNotices.Decided decided, Instant now) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO closure_verdict (referral_id, verdict, problem, sla_minutes, decided_at)
                VALUES (:referral, :verdict, :problem, :sla, :at) ON CONFLICT (referral_id) DO NOTHING""")
                .setParameter("referral", closure.referralId())
                .setParameter("verdict", decided.verdict().name())
                .setParameter("problem", decided.problem())
                .setParameter("sla", (int) config.closureSla().toMinutes())
                .setParameter("at", now)
                .executeUpdate();
        if (inserted == 1) {
            outbox.add(closure.referralId().toString(), new NotificationClosureVerdict(closure.referralId(),
                    closure.closureEventId(), closure.closedAt(), decided.verdict(), decided.problem(),
                    config.closureSla().toMinutes(), now));
        }
        return inserted;
    }
}
