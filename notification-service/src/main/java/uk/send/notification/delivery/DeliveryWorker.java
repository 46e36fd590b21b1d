package uk.send.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import uk.send.outbox.NativeStatements;
import uk.send.outbox.WakeAndPoll;

/**
 * Delivers pending notices, several at once. A batch of due notices is claimed in one statement (so several senders
 * and several instances share the work without sending a notice twice), sent with no transaction open, then each
 * attempt (with the provider's id for it), the new status and the delivered or failed event recorded together, a
 * few notices to a transaction.
 * Passing failures retry with exponential backoff; a permanent failure moves the notice to the next channel that can
 * reach the person and tells the case work team ({@link NoticeOutcomes}).
 */
@ApplicationScoped
public class DeliveryWorker {

    /**
     * A sender records what it sent after this many notices: one commit for several, and no more than this many
     * copies should it die before recording.
     */
    private static final int RECORD_EVERY = 10;

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
        List<Notice> claimed;
        do {
            claimed = claimDue();
            attemptAll(claimed);
        } while (claimed.size() == config.batchSize());
    }

    /**
     * Claims a batch of due notices in one statement: their next attempt moves past the claim, so that no other sender
     * or instance picks them up meanwhile (SKIP LOCKED: a notice being claimed elsewhere is passed over, not waited
     * for). A notice whose recipient still waits for an earlier notice about the same referral (one whose attempt
     * failed in passing and is waiting to be tried again) is left out: the earlier one goes first.
     *
     * @return the notices claimed, oldest first
     */
    private List<Notice> claimDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> ids = entityManager.createNativeQuery("""
                    UPDATE notice SET next_attempt_at = now() + make_interval(secs => :claim) WHERE id IN (
                        SELECT id FROM notice
                        WHERE status = 'PENDING' AND next_attempt_at <= now()
                          AND NOT EXISTS (SELECT 1 FROM notice earlier WHERE earlier.status = 'PENDING'
                              AND earlier.referral_id = notice.referral_id
                              AND earlier.recipient_key = notice.recipient_key
                              AND earlier.created_at < notice.created_at)
                        ORDER BY next_attempt_at, created_at LIMIT :n
                        FOR UPDATE SKIP LOCKED)
                    RETURNING id""")
                    .setParameter("claim", (double) config.claim().toMillis() / 1000)
                    .setParameter("n", config.batchSize())
                    .getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            return entityManager.createQuery("FROM Notice WHERE id IN :ids ORDER BY createdAt", Notice.class)
                    .setParameter("ids", ids).getResultList();
        });
    }

    /**
     * Sends a claimed batch side by side, but the notices to one person about one referral one after another and in
     * the order they were written, so nobody hears that a referral closed before they hear that it was accepted. Each
     * sender takes a share of the people and records what it sent every few notices, in one transaction.
     */
    private void attemptAll(List<Notice> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        // No send starts in the claim's second half, which leaves the longest a provider may take inside the claim
        // (the mailer 20 s; Notify 10 s to connect and 20 s to answer): a notice is never sent twice because a slow
        // batch outlived its claim.
        Instant sendUntil = Instant.now().plus(config.claim().dividedBy(2));
        List<Future<?>> sent = new ArrayList<>();
        for (List<List<Notice>> share : SenderShares.divide(claimed, config.concurrency())) {
            sent.add(senders.submit(() -> deliver(share, sendUntil)));
        }
        for (Future<?> share : sent) {
            try {
                share.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * One attempt at a claimed notice: what the channel said, or nothing yet for a channel in the database (sent as the
     * attempt is recorded), or no attempt at all: the notice is given back to be claimed again.
     */
    private record Attempt(Notice notice, DeliveryOutcome outcome, boolean givenBack) {
    }

    /**
     * Sends one sender's share with no transaction open, and records the attempts every {@link #RECORD_EVERY}. Holding
     * no transaction and no row lock while a provider answers keeps a slow mail server from tying up the database. A
     * sender that dies after sending and before recording leaves its claims to run out, and those notices go once more,
     * with the same Message-ID (email) or reference (Notify), by which a copy is known for what it is.
     */
    private void deliver(List<List<Notice>> share, Instant sendUntil) {
        List<Attempt> attempts = new ArrayList<>();
        for (List<Notice> recipient : share) {
            boolean held = false;
            for (Notice notice : recipient) {
                if (held || Instant.now().isAfter(sendUntil)) {
                    attempts.add(new Attempt(notice, null, true));
                    continue;
                }
                ChannelGateway gateway = channels.gateway(notice.channel);
                DeliveryOutcome outcome = gateway.inDatabase() ? null : gateway.send(notice);
                attempts.add(new Attempt(notice, outcome, false));
                // A later notice to the same person waits while this one has not gone.
                held = outcome != null && outcome.kind() != DeliveryOutcome.Kind.SENT;
                if (attempts.size() >= RECORD_EVERY) {
                    record(attempts);
                    attempts.clear();
                }
            }
        }
        record(attempts);
    }

    /** Records attempts together: each attempt, each notice's new state and its event commit at once. */
    private void record(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Map<UUID, Notice> current = new HashMap<>();
            // Locked in one order by every sender, so two recording the same notices wait rather than deadlock.
            entityManager.createQuery("FROM Notice WHERE id IN :ids ORDER BY id", Notice.class)
                    .setParameter("ids", attempts.stream().map(attempt -> attempt.notice().id).toList())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().forEach(notice -> current.put(notice.id, notice));
            for (Attempt attempt : attempts) {
                Notice notice = current.get(attempt.notice().id);
                if (notice == null) {
                    continue; // the record was destroyed (retention or erasure) while the notice was being sent
                }
                if (notice.status != NoticeStatus.PENDING || notice.channel != attempt.notice().channel) {
                    // A sender whose claim ran out while this one waited on the provider recorded the notice first.
                    if (attempt.outcome() != null) {
                        recordAttempt(notice.id, attempt.notice().channel, attempt.outcome());
                    }
                } else if (attempt.givenBack()) {
                    notice.nextAttemptAt = Instant.now();
                } else {
                    settle(notice, attempt.outcome() != null ? attempt.outcome()
                            : channels.gateway(notice.channel).send(notice));
                }
            }
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
        // The notice it names is a claimed row, in the database already: the notices' new states and their events
        // wait for the commit, written together for the ten notices a transaction records.
        NativeStatements.onUnmappedTables(entityManager.createNativeQuery("""
                INSERT INTO delivery_attempt (notice_id, channel, outcome, detail, provider_id, attempted_at)
                VALUES (:notice, :channel, :outcome, :detail, CAST(:provider AS uuid), :at)"""))
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
