package uk.send.triage.waiting;

import static uk.send.triage.Timestamps.instant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import uk.send.contracts.ClinicalService;
import uk.send.contracts.WaitingUpdateReason;
import uk.send.contracts.triage.TriageWaitingUpdate;
import uk.send.outbox.Outbox;
import uk.send.triage.TriageCase;
import uk.send.triage.TriageQueues;

/**
 * Regular news for waiting families: each day, every child on a waiting list whose family is due news
 * ({@link WaitingNewsRule}) gets a {@code triage.waiting-update} with the place and estimate now. The update is
 * numbered per referral in {@code waiting_news} in the same transaction as its outbox row, so it is sent exactly once
 * whatever restarts, and whether one instance or two check at the same time.
 */
@ApplicationScoped
public class WaitingNews {

    /** The news an acceptance gave: sequence 0, the place the family was first told. */
    static final String ACCEPTED = "ACCEPTED";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final TriageQueues queues;
    private final WaitingList waitingList;
    private final WaitingNewsRule rule;

    WaitingNews(EntityManager entityManager, Outbox outbox, TriageQueues queues, WaitingList waitingList,
            WaitingNewsConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.queues = queues;
        this.waitingList = waitingList;
        this.rule = new WaitingNewsRule(Duration.ofDays(7L * config.intervalWeeks()), config.estimateChangeWeeks(),
                config.placeChange());
    }

    @Scheduled(cron = "${waiting-news.cron:0 30 7 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        send(Instant.now());
    }

    /** Sends every update due as of {@code now}; returns how many were sent. */
    public int send(Instant now) {
        int sent = 0;
        for (ClinicalService service : ClinicalService.values()) {
            List<UUID> waiting = queues.waitingInOrder(service);
            if (waiting.isEmpty()) {
                continue;
            }
            WaitingListEstimator estimator = QuarkusTransaction.requiringNew()
                    .call(() -> waitingList.estimator(service, now));
            for (int i = 0; i < waiting.size(); i++) {
                UUID referralId = waiting.get(i);
                int position = i + 1;
                OptionalInt weeks = estimator.weeksToWait(position);
                Integer estimate = weeks.isPresent() ? weeks.getAsInt() : null;
                sent += QuarkusTransaction.requiringNew().call(() -> consider(referralId, service, position, estimate,
                        now));
            }
        }
        return sent;
    }

    /** Records the place an acceptance told the family, as the baseline of the news to come. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accepted(UUID referralId, int position, Integer estimatedWeeks, Instant at) {
        entityManager.createNativeQuery("""
                INSERT INTO waiting_news (referral_id, sequence, reason, position, estimated_weeks, sent_at)
                VALUES (:id, 0, :reason, :position, :weeks, :at) ON CONFLICT DO NOTHING""")
                .setParameter("id", referralId).setParameter("reason", ACCEPTED).setParameter("position", position)
                .setParameter("weeks", estimatedWeeks).setParameter("at", at).executeUpdate();
    }

    private int consider(UUID referralId, ClinicalService service, int position, Integer estimate, Instant now) {
        TriageCase triageCase = TriageCase.findById(referralId);
        if (triageCase == null || triageCase.acceptedAt == null) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> last = entityManager.createNativeQuery("""
                SELECT sequence, position, estimated_weeks, sent_at FROM waiting_news WHERE referral_id = :id
                ORDER BY sequence DESC LIMIT 1""").setParameter("id", referralId).getResultList();
        int sequence = last.isEmpty() ? 0 : ((Number) last.get(0)[0]).intValue();
        WaitingNewsRule.Last previous = last.isEmpty() ? new WaitingNewsRule.Last(triageCase.acceptedAt, null, null)
                : new WaitingNewsRule.Last(instant(last.get(0)[3]), ((Number) last.get(0)[1]).intValue(),
                        last.get(0)[2] == null ? null : ((Number) last.get(0)[2]).intValue());
        Optional<WaitingUpdateReason> reason = rule.due(previous, position, estimate, now);
        if (reason.isEmpty()) {
            return 0;
        }
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO waiting_news (referral_id, sequence, reason, position, estimated_weeks, sent_at)
                VALUES (:id, :sequence, :reason, :position, :weeks, :at) ON CONFLICT DO NOTHING""")
                .setParameter("id", referralId).setParameter("sequence", sequence + 1)
                .setParameter("reason", reason.get().name()).setParameter("position", position)
                .setParameter("weeks", estimate).setParameter("at", now).executeUpdate();
        if (inserted == 0) {
            return 0;
        }
        outbox.add(referralId.toString(), new TriageWaitingUpdate(referralId, service, position, estimate,
                reason.get(), now));
        return 1;
    }
}
