package uk.send.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import uk.send.contracts.Channel;
import uk.send.notification.Notice;
import uk.send.notification.NoticeStatus;
import uk.send.notification.NoticesWritten;
import uk.send.notification.NotificationConfig;
import uk.send.outbox.WakeAndPoll;

/**
 * Delivers pending notices, several at once. Each attempt claims its notice (so several senders and several instances
 * share the work without sending a notice twice), sends it with no transaction open, then records the attempt (with
 * the provider's id for it), the new status and the delivered or failed event together.
 * Passing failures retry with exponential backoff; a permanent failure moves the notice to the next channel that can
 * reach the person and tells the case work team ({@link NoticeOutcomes}).
 */
@ApplicationScoped
public class DeliveryWorker {

    private final EntityManager entityManager;
    private final Channels channels;
    private final NoticeOutcomes outcomes;
    private final NotificationConfig.Delivery config;
    private final ExecutorService senders;
    private volatile WakeAndPoll loop;

    DeliveryWorker(EntityManager entityManager, Channels channels, NoticeOutcomes outcomes,
            NotificationConfig config) {
        this.entityManager = entityManager;
        this.channels = channels;
        this.outcomes = outcomes;
        this.config = config.delivery();
        AtomicInteger sender = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(this.config.concurrency(),
                r -> new Thread(r, "delivery-" + sender.incrementAndGet()));
    }

    void start(@Observes StartupEvent startup) {
        if (config.enabled()) {
            startDelivering();
        }
    }

    /**
     * Starts delivering: at once, whatever is due (notices a previous run left pending included), then on every
     * commit that writes notices and at each poll. A service starts it; a test that held delivery back starts it.
     */
    public synchronized void startDelivering() {
        if (loop == null) {
            loop = WakeAndPoll.start("delivery", config.pollInterval(), this::deliverAllDue);
        }
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticesWritten written) {
        if (loop != null) {
            loop.wake();
        }
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.close();
        }
        senders.shutdownNow();
    }

    /** Delivers every notice that is due now, a batch at a time. */
    private void deliverAllDue() {
        List<DueNotice> due;
        do {
            due = dueNotices();
            attemptAll(due);
        } while (due.size() == config.batchSize());
    }

    /**
     * Attempts notices side by side, but the notices to one person about one referral one after another and in the
     * order they were written, so nobody hears that a referral closed before they hear that it was accepted.
     */
    private void attemptAll(List<DueNotice> due) {
        Map<String, List<UUID>> byRecipient = new LinkedHashMap<>();
        due.forEach(notice -> byRecipient.computeIfAbsent(notice.recipient(), r -> new ArrayList<>())
                .add(notice.id()));
        List<Future<?>> sent = new ArrayList<>();
        for (List<UUID> notices : byRecipient.values()) {
            sent.add(senders.submit(() -> notices.forEach(this::attempt)));
        }
        for (Future<?> recipient : sent) {
            try {
                recipient.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private record DueNotice(UUID id, String recipient) {
    }

    /**
     * Notices due now, leaving out any whose recipient still waits for an earlier notice about the same referral (one
     * whose attempt failed in passing and is waiting to be tried again), which goes first.
     */
    private List<DueNotice> dueNotices() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = entityManager.createNativeQuery("""
                    SELECT id, coalesce(referral_id::text, '') || ' ' || recipient_key FROM notice
                    WHERE status = 'PENDING' AND next_attempt_at <= now()
                      AND NOT EXISTS (SELECT 1 FROM notice earlier WHERE earlier.status = 'PENDING'
                          AND earlier.referral_id = notice.referral_id
                          AND earlier.recipient_key = notice.recipient_key
                          AND earlier.created_at < notice.created_at)
                    ORDER BY next_attempt_at, created_at LIMIT :n""")
                    .setParameter("n", config.batchSize())
                    .getResultList();
            return rows.stream().map(row -> (Object[]) row)
                    .map(row -> new DueNotice((UUID) row[0], (String) row[1])).toList();
        });
    }

    /**
     * One attempt: the notice is claimed, sent with no transaction open, and what happened is recorded. Holding no
     * transaction and no row lock while a provider answers keeps a slow mail server from tying up the database. A
     * sender that dies after sending and before recording leaves its claim to run out, and the notice goes once more,
     * with the same Message-ID (email) or reference (Notify), by which the copy is known for what it is.
     */
    private void attempt(UUID id) {
        Notice claimed = claim(id);
        if (claimed == null) {
            return; // another sender or instance has it, or it is no longer due
        }
        ChannelGateway gateway = channels.gateway(claimed.channel);
        DeliveryOutcome outcome = gateway.inDatabase() ? null : gateway.send(claimed);
        QuarkusTransaction.requiringNew().run(() -> {
            Notice notice = entityManager.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (notice == null) {
                return; // the record was destroyed (retention or erasure) while the notice was being sent
            }
            if (notice.status != NoticeStatus.PENDING || notice.channel != claimed.channel) {
                // A sender whose claim ran out while this one waited on the provider recorded the notice first.
                if (outcome != null) {
                    recordAttempt(notice.id, claimed.channel, outcome);
                }
                return;
            }
            settle(notice, outcome != null ? outcome : gateway.send(notice));
        });
    }

    /**
     * Claims a due notice for one attempt: its next attempt moves past the claim, so that no other sender picks it
     * up meanwhile (SKIP LOCKED: a notice being claimed elsewhere is passed over, not waited for).
     *
     * @return the notice as claimed, or null when it is not due or another sender has it
     */
    private Notice claim(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int claimed = entityManager.createNativeQuery("""
                    UPDATE notice SET next_attempt_at = now() + make_interval(secs => :claim) WHERE id = (
                        SELECT id FROM notice WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= now()
                        FOR UPDATE SKIP LOCKED)""")
                    .setParameter("id", id)
                    .setParameter("claim", (double) config.claim().toMillis() / 1000)
                    .executeUpdate();
            return claimed == 0 ? null : entityManager.find(Notice.class, id);
        });
    }

    private void settle(Notice notice, DeliveryOutcome outcome) {
        notice.attempts++;
        recordAttempt(notice.id, notice.channel, outcome);
        switch (outcome.kind()) {
            case SENT -> outcomes.sent(notice);
            case TEMPORARY_FAILURE -> {
                if (notice.attempts >= config.maxAttempts()) {
                    outcomes.failed(notice, "gave up after " + notice.attempts + " attempts: " + outcome.detail());
                } else {
                    retryLater(notice, outcome.detail());
                }
            }
            case PERMANENT_FAILURE -> outcomes.failed(notice, outcome.detail());
        }
    }

    private void recordAttempt(UUID notice, Channel channel, DeliveryOutcome outcome) {
        entityManager.createNativeQuery("""
                INSERT INTO delivery_attempt (notice_id, channel, outcome, detail, provider_id, attempted_at)
                VALUES (:notice, :channel, :outcome, :detail, CAST(:provider AS uuid), :at)""")
                .setParameter("notice", notice)
                .setParameter("channel", channel.name())
                .setParameter("outcome", outcome.kind().name())
                .setParameter("detail", outcome.detail())
                .setParameter("provider", outcome.providerId() == null ? null : outcome.providerId().toString())
                .setParameter("at", Instant.now())
                .executeUpdate();
    }

    private void retryLater(Notice notice, String detail) {
        notice.lastError = detail;
        notice.nextAttemptAt = Instant.now().plus(backoff(notice.attempts));
    }

    Duration backoff(int attempts) {
        return backoff(attempts, config.firstRetry(), config.longestRetry());
    }

    /** The wait before the next try after {@code attempts} passing failures: doubling from the first, up to a cap. */
    static Duration backoff(int attempts, Duration first, Duration longest) {
        Duration delay = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
