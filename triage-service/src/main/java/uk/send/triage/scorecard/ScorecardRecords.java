package uk.send.triage.scorecard;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import uk.send.contracts.ReferralStatus;
import uk.send.contracts.notification.NotificationClosureVerdict;
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

    void statusChanged(ReferralStatusChanged change) {
        String update = switch (change.to()) {
            case ACCEPTED_WAITING -> "accepted_at = coalesce(accepted_at, :at)";
            case IN_PROGRESS -> "left_list_at = coalesce(left_list_at, :at)";
            case CLOSED -> """
                    closed_at = :at, closure_reason = :reason,
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
            query.setParameter("reason", change.closureReason() == null ? null : change.closureReason().name());
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

    /** notification-service's verdict on a closure, kept once however often it is delivered. */
    void verdict(NotificationClosureVerdict verdict) {
        entityManager.createNativeQuery("""
                INSERT INTO scorecard_closure_verdict (referral_id, verdict, problem, sla_minutes, decided_at)
                VALUES (:id, :verdict, :problem, :sla, :at) ON CONFLICT (referral_id) DO NOTHING""")
                .setParameter("id", verdict.referralId())
                .setParameter("verdict", verdict.verdict().name())
                .setParameter("problem", verdict.problem())
                .setParameter("sla", (int) verdict.slaMinutes())
                .setParameter("at", verdict.decidedAt())
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
