package uk.send.triage.scorecard;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import uk.send.contracts.ReferralStatus;
import uk.send.contracts.notification.NotificationDelivered;
import uk.send.contracts.notification.NotificationFailed;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralWaitingUpdate;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.transition.TransitionDue;
import uk.send.contracts.transition.TransitionInformationIncomplete;
import uk.send.outbox.UnprocessableEvent;

/** The scorecard's rows, written in the consuming transaction; every write is safe to repeat. */
@ApplicationScoped
public class ScorecardRecords {

    private static final String STATUS_CHANGED = "referral.status-changed";

    private final EntityManager entityManager;

    ScorecardRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void received(ReferralSubmitted submitted) {
        entityManager.createNativeQuery("""
                INSERT INTO scorecard_referral (referral_id, service, received_at) VALUES (:id, :service, :at)
                ON CONFLICT (referral_id) DO NOTHING""")
                .setParameter("id", submitted.referralId())
                .setParameter("service", submitted.service().name())
                .setParameter("at", submitted.submittedAt())
                .executeUpdate();
    }

    void statusChanged(UUID eventId, ReferralStatusChanged change) {
        String update = switch (change.to()) {
            case ACCEPTED_WAITING -> "accepted_at = coalesce(accepted_at, :at)";
            case IN_PROGRESS -> "left_list_at = coalesce(left_list_at, :at)";
            case CLOSED -> """
                    closed_at = :at, closure_reason = :reason, closure_event_id = :event,
                    left_list_at = CASE WHEN accepted_at IS NULL THEN NULL ELSE coalesce(left_list_at, :at) END""";
            default -> null;
        };
        if (update == null) {
            return;
        }
        var query = entityManager.createNativeQuery(
                "UPDATE scorecard_referral SET " + update + " WHERE referral_id = :id")
                .setParameter("id", change.referralId())
                .setParameter("at", change.changedAt());
        if (change.to() == ReferralStatus.CLOSED) {
            query.setParameter("reason", change.closureReason() == null ? null : change.closureReason().name())
                    .setParameter("event", eventId);
        }
        if (query.executeUpdate() == 0) {
            throw new UnprocessableEvent("No referral " + change.referralId() + " was received");
        }
    }

    void reprioritised(UUID eventId, ReferralReprioritised change) {
        entityManager.createNativeQuery("""
                INSERT INTO scorecard_reprioritisation (event_id, referral_id, service, reason_category,
                    reprioritised_at)
                VALUES (:event, :id, :service, :reason, :at) ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", eventId)
                .setParameter("id", change.referralId())
                .setParameter("service", change.service().name())
                .setParameter("reason", change.reasonCategory().name())
                .setParameter("at", change.reprioritisedAt())
                .executeUpdate();
    }

    void waitingUpdate(UUID eventId, ReferralWaitingUpdate update) {
        entityManager.createNativeQuery("""
                INSERT INTO scorecard_waiting_update (event_id, referral_id, service, sent_at)
                VALUES (:event, :id, :service, :at) ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", eventId).setParameter("id", update.referralId())
                .setParameter("service", update.service().name()).setParameter("at", update.at())
                .executeUpdate();
    }

    void delivered(NotificationDelivered delivered) {
        if (!STATUS_CHANGED.equals(delivered.causeEventType())) {
            return;
        }
        entityManager.createNativeQuery("""
                INSERT INTO scorecard_notice (notification_id, cause_event_id, recipient_type, delivered_at)
                VALUES (:id, :cause, :recipient, :at)
                ON CONFLICT (notification_id) DO UPDATE
                SET delivered_at = coalesce(scorecard_notice.delivered_at, excluded.delivered_at)""")
                .setParameter("id", delivered.notificationId())
                .setParameter("cause", delivered.causeEventId())
                .setParameter("recipient", delivered.recipientType().name())
                .setParameter("at", delivered.deliveredAt())
                .executeUpdate();
    }

    void failed(NotificationFailed failed) {
        if (!STATUS_CHANGED.equals(failed.causeEventType())) {
            return;
        }
        entityManager.createNativeQuery("""
                INSERT INTO scorecard_notice (notification_id, cause_event_id, recipient_type, failures)
                VALUES (:id, :cause, :recipient, 1)
                ON CONFLICT (notification_id) DO UPDATE SET failures = scorecard_notice.failures + 1""")
                .setParameter("id", failed.notificationId())
                .setParameter("cause", failed.causeEventId())
                .setParameter("recipient", failed.recipientType().name())
                .executeUpdate();
    }

    void due(TransitionDue due) {
        entityManager.createNativeQuery("""
                INSERT INTO scorecard_transition (child_id, transition, transition_date, review_deadline)
                VALUES (:child, :transition, :on, :deadline)
                ON CONFLICT (child_id, transition) DO UPDATE
                SET transition_date = excluded.transition_date, review_deadline = excluded.review_deadline""")
                .setParameter("child", due.childId())
                .setParameter("transition", due.transition().name())
                .setParameter("on", due.transitionDate())
                .setParameter("deadline", due.reviewDeadline())
                .executeUpdate();
    }

    void incomplete(TransitionInformationIncomplete incomplete) {
        entityManager.createNativeQuery("""
                INSERT INTO scorecard_transition (child_id, transition, transition_date, missing_items)
                VALUES (:child, :transition, :on, :missing)
                ON CONFLICT (child_id, transition) DO UPDATE
                SET transition_date = excluded.transition_date, missing_items = excluded.missing_items""")
                .setParameter("child", incomplete.childId())
                .setParameter("transition", incomplete.transition().name())
                .setParameter("on", incomplete.transitionDate())
                .setParameter("missing", String.join(",", incomplete.missingItems()))
                .executeUpdate();
    }
}
