package uk.send.referral.messaging;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.Topics;
import uk.send.contracts.transition.TransitionAdultHandoverDue;
import uk.send.outbox.IdempotentConsumer;
import uk.send.referral.IllegalTransition;
import uk.send.referral.Referral;
import uk.send.referral.ReferralLifecycle;
import uk.send.referral.Referrals;

/**
 * Hands a young person's open children's-service referral over to the adult service when transition-service says the
 * children's service has ended for them: a referral to the adult service with the original received date, and the
 * children's one closed naming it ({@link Referrals#handOver}). Other transition events are for notification-service.
 */
@ApplicationScoped
public class TransitionEventsConsumer {

    static final String CHANNEL = "transition-events";

    private static final Set<EventType> NOT_HAND_OVERS = EventType.onTopicExcept(Topics.TRANSITION_EVENTS,
            EventType.TRANSITION_ADULT_HANDOVER_DUE);

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
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll(ReferralServiceConsumers.GROUP, records, NOT_HAND_OVERS,
                event -> handOver(event, event.payload(TransitionAdultHandoverDue.class)));
    }

    private void handOver(IncomingEvent event, TransitionAdultHandoverDue handover) {
        Optional<Referral> found = referrals.locked(handover.referralId());
        if (found.isEmpty()) {
            // Nothing to hand over: recorded for someone to look at, not retried (it would never succeed).
            conflicts.recordUnknown(event, handover.referralId(), "no such referral to hand over");
            return;
        }
        Referral referral = found.get();
        if (!ReferralLifecycle.isOpen(referral.status())) {
            conflicts.record(event, referral, "the referral closed before it could be handed over");
            return;
        }
        if (Referral.count("transferredFrom", referral.id()) > 0) {
            return;
        }
        try {
            referrals.handOver(referral, handover.adultService(), "transition-service", Instant.now());
        } catch (IllegalTransition | IllegalArgumentException refused) {
            conflicts.record(event, referral, refused.getMessage());
        }
    }
}
