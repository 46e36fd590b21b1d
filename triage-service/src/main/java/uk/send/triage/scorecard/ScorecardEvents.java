package uk.send.triage.scorecard;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.notification.NotificationClosureVerdict;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.referral.ReferralWaitingUpdate;
import uk.send.contracts.transition.TransitionDue;
import uk.send.contracts.transition.TransitionInformationIncomplete;
import uk.send.outbox.IdempotentConsumer;
import uk.send.outbox.UnprocessableEvent;

/**
 * Feeds the scorecard's read model from the referral, notification and transition topics, in a consumer group of
 * its own: rewinding it rebuilds the scorecard without touching triage. Triage decisions reach it through the
 * referral's status changes, which carry them once referral-service has applied them.
 */
@ApplicationScoped
public class ScorecardEvents {

    static final String GROUP = "triage-scorecard";

    /**
     * How a family sees and hears of the referral is for referral-service and notification-service; an assessment
     * request is counted by transition-service. The figures name no one, so they outlive the referral's records.
     */
    private static final Set<EventType> REFERRAL_NEWS_NOT_COUNTED = EnumSet.of(
            EventType.REFERRAL_FAMILY_INVITED, EventType.REFERRAL_FAMILY_LINKED, EventType.REFERRAL_FAMILY_UNLINKED,
            EventType.REFERRAL_CONTACTS_CHANGED, EventType.REFERRAL_EHC_ASSESSMENT_REQUESTED,
            EventType.REFERRAL_CHILD_CORRECTED, EventType.REFERRAL_RECORDS_DESTROYED);

    /** Whether a closure's school and family were told in time is notification-service's verdict, counted alone. */
    private static final Set<EventType> NOTICES_NOT_COUNTED = EnumSet.of(
            EventType.NOTIFICATION_DELIVERED, EventType.NOTIFICATION_FAILED);

    /**
     * Hand-over is counted through the referrals it closes and opens, not as a figure of its own; the EHC plan
     * process's figures are transition-service's, read with the reader's token; the transition figures name no one
     * (the child's id, the move, its dates), so they outlive the child's records.
     */
    private static final Set<EventType> TRANSITION_NEWS_NOT_COUNTED = EnumSet.of(
            EventType.TRANSITION_ADULT_HANDOVER_PLANNED, EventType.TRANSITION_ADULT_HANDOVER_DUE,
            EventType.TRANSITION_CHILD_RECORDS_DESTROYED, EventType.EHC_ASSESSMENT_UPDATED,
            EventType.EHC_ADVICE_REQUESTED, EventType.EHC_DEADLINE_APPROACHING, EventType.EHC_REVIEW_DUE);

    private final IdempotentConsumer consumer;
    private final ScorecardRecords records;

    ScorecardEvents(IdempotentConsumer consumer, ScorecardRecords records) {
        this.consumer = consumer;
        this.records = records;
    }

    @Incoming("scorecard-referral-events")
    @Blocking
    public void onReferralEvent(ConsumerRecords<String, String> records) {
        consumer.consumeAll(GROUP, records, REFERRAL_NEWS_NOT_COUNTED, this::referral);
    }

    @Incoming("scorecard-notification-events")
    @Blocking
    public void onNotificationEvent(ConsumerRecords<String, String> records) {
        consumer.consumeAll(GROUP, records, NOTICES_NOT_COUNTED, this::notification);
    }

    @Incoming("scorecard-transition-events")
    @Blocking
    public void onTransitionEvent(ConsumerRecords<String, String> records) {
        consumer.consumeAll(GROUP, records, TRANSITION_NEWS_NOT_COUNTED, this::transition);
    }

    private void referral(IncomingEvent event) {
        switch (event.eventType()) {
            case REFERRAL_SUBMITTED -> records.received(event.payload(ReferralSubmitted.class));
            case REFERRAL_STATUS_CHANGED -> records.statusChanged(event.payload(ReferralStatusChanged.class));
            case REFERRAL_REPRIORITISED -> records.reprioritised(event.metadata().id(),
                    event.payload(ReferralReprioritised.class));
            case REFERRAL_WAITING_UPDATE -> records.waitingUpdate(event.metadata().id(),
                    event.payload(ReferralWaitingUpdate.class));
            default -> throw new UnprocessableEvent(event.metadata().type() + " is not a referral event");
        }
    }

    private void notification(IncomingEvent event) {
        switch (event.eventType()) {
            case NOTIFICATION_CLOSURE_VERDICT -> records.verdict(event.payload(NotificationClosureVerdict.class));
            default -> throw new UnprocessableEvent(event.metadata().type() + " is not a notification event");
        }
    }

    private void transition(IncomingEvent event) {
        switch (event.eventType()) {
            case TRANSITION_DUE -> records.due(event.payload(TransitionDue.class));
            case TRANSITION_INFORMATION_INCOMPLETE ->
                    records.incomplete(event.payload(TransitionInformationIncomplete.class));
            default -> throw new UnprocessableEvent(event.metadata().type() + " is not a transition event");
        }
    }
}
