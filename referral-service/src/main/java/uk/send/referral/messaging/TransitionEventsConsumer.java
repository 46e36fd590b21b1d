package uk.send.referral.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.ClosureReason;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.transition.TransitionAdultHandoverDue;
import uk.send.outbox.IdempotentConsumer;
import uk.send.outbox.UnprocessableEvent;
import uk.send.referral.IllegalTransition;
import uk.send.referral.Referral;
import uk.send.referral.ReferralLifecycle;
import uk.send.referral.Referrals;

/**
 * Hands a young person's open children's-service referral to the adult pathway when transition-service says they
 * turn 18 soon, rather than letting it close silently. Other transition events are for notification-service.
 */
@ApplicationScoped
public class TransitionEventsConsumer {

    static final String CHANNEL = "transition-events";

    private final IdempotentConsumer consumer;
    private final Referrals referrals;
    private final EventConflicts conflicts;

    TransitionEventsConsumer(IdempotentConsumer consumer, Referrals referrals, EventConflicts conflicts) {
        this.consumer = consumer;
        this.referrals = referrals;
        this.conflicts = conflicts;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        consumer.consume(ReferralServiceConsumers.GROUP, record, event -> {
            if (event.eventType() == EventType.TRANSITION_ADULT_HANDOVER_DUE) {
                handOver(event, event.payload(TransitionAdultHandoverDue.class));
            }
        });
    }

    private void handOver(IncomingEvent event, TransitionAdultHandoverDue handover) {
        Referral referral = referrals.locked(handover.referralId())
                .orElseThrow(() -> new UnprocessableEvent("unknown referral " + handover.referralId()));
        if (!ReferralLifecycle.isOpen(referral.status())) {
            return;
        }
        try {
            referrals.close(referral, ClosureReason.TRANSFERRED_TO_ADULT_SERVICES,
                    "Turns 18 on " + handover.eighteenthBirthday() + ": handed over to adult services", null,
                    "transition-service", Instant.now());
        } catch (IllegalTransition | IllegalArgumentException refused) {
            conflicts.record(event, referral, refused.getMessage());
        }
    }
}
