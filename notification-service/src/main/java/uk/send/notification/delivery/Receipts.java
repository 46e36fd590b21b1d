package uk.send.notification.delivery;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import uk.send.contracts.Channel;
import uk.send.notification.Notice;
import uk.send.notification.NoticeStatus;

/**
 * A provider's word on an attempt, applied to its notice: matched on the provider's id for the attempt and the
 * attempt's channel, never on the notice alone, so a late receipt for an email cannot change the letter that
 * replaced it. A notice only moves forward: a replayed or late receipt, or one about an attempt the notice has moved
 * on from, changes nothing. Whatever is ignored is counted ({@code notify_receipts_total} by outcome) and nothing more.
 */
@ApplicationScoped
public class Receipts {

    /** What became of a receipt. */
    public enum Outcome {
        APPLIED, UNKNOWN_ID, WRONG_CHANNEL, NOT_A_STATUS_OF_THE_CHANNEL, STALE
    }

    private final EntityManager entityManager;
    private final NoticeOutcomes outcomes;
    private final MeterRegistry metrics;

    Receipts(EntityManager entityManager, NoticeOutcomes outcomes, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.outcomes = outcomes;
        this.metrics = metrics;
    }

    private record Attempt(long id, UUID noticeId, Channel channel) {
    }

    /** A delivery receipt: the provider's id for the attempt, its channel and the status it reached. */
    @Transactional
    public Outcome status(String providerId, String notificationType, String status) {
        return counted(apply(providerId, NotifyStatus.channel(notificationType), status));
    }

    /** The post office returned a letter the provider posted. */
    @Transactional
    public Outcome returnedLetter(String providerId) {
        Attempt attempt = attempt(providerId);
        if (attempt == null) {
            return counted(Outcome.UNKNOWN_ID);
        }
        if (attempt.channel() != Channel.LETTER) {
            return counted(Outcome.WRONG_CHANNEL);
        }
        Notice notice = current(attempt);
        if (notice == null || !notice.reached()) {
            return counted(Outcome.STALE);
        }
        outcomes.failed(notice, "the letter came back undelivered");
        return counted(Outcome.APPLIED);
    }

    private Outcome apply(String providerId, Channel channel, String status) {
        Attempt attempt = attempt(providerId);
        if (attempt == null) {
            return Outcome.UNKNOWN_ID;
        }
        if (channel != attempt.channel()) {
            return Outcome.WRONG_CHANNEL;
        }
        NotifyStatus meaning = NotifyStatus.of(channel, status);
        if (meaning == NotifyStatus.NOT_FOR_CHANNEL) {
            return Outcome.NOT_A_STATUS_OF_THE_CHANNEL;
        }
        Notice notice = current(attempt);
        if (notice == null || notice.status != NoticeStatus.SENT) {
            // Moved on: delivered already, failed over to another channel, or re-addressed since.
            return Outcome.STALE;
        }
        switch (meaning) {
            case DELIVERED -> outcomes.delivered(notice);
            case FAILED -> outcomes.failed(notice, "GOV.UK Notify reported " + status);
            default -> {
                // Under way: nothing changes.
            }
        }
        return Outcome.APPLIED;
    }

    private Attempt attempt(String providerId) {
        UUID id;
        try {
            id = UUID.fromString(providerId);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, notice_id, channel FROM delivery_attempt "
                + "WHERE provider_id = :id").setParameter("id", id).getResultList();
        return rows.stream().map(row -> new Attempt(((Number) row[0]).longValue(), (UUID) row[1],
                Channel.valueOf((String) row[2]))).findFirst().orElse(null);
    }

    /**
     * The attempt's notice, locked, when the attempt is still the notice's latest and on its channel now; null when
     * the notice has moved on.
     */
    private Notice current(Attempt attempt) {
        Notice notice = entityManager.find(Notice.class, attempt.noticeId(), LockModeType.PESSIMISTIC_WRITE);
        Number latest = (Number) entityManager.createNativeQuery("SELECT max(id) FROM delivery_attempt "
                + "WHERE notice_id = :notice").setParameter("notice", attempt.noticeId()).getSingleResult();
        return notice.channel == attempt.channel() && latest.longValue() == attempt.id() ? notice : null;
    }

    private Outcome counted(Outcome outcome) {
        metrics.counter("notify_receipts_total", "outcome", outcome.name().toLowerCase()).increment();
        return outcome;
    }
}
