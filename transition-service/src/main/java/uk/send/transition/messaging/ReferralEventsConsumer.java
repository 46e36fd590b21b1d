package uk.send.transition.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.outbox.IdempotentConsumer;
import uk.send.transition.ChildReferral;
import uk.send.transition.children.ChildRecords;

/**
 * Learns children from their referrals ({@link ChildRecords#learnFrom}), and follows each referral until it closes.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    private final IdempotentConsumer consumer;
    private final ChildRecords records;

    ReferralEventsConsumer(IdempotentConsumer consumer, ChildRecords records) {
        this.consumer = consumer;
        this.records = records;
    }

    @Incoming("referral-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        consumer.consume("transition-service", record, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.eventType()) {
            case REFERRAL_SUBMITTED -> records.learnFrom(event.payload(ReferralSubmitted.class));
            case REFERRAL_STATUS_CHANGED -> {
                ReferralStatusChanged change = event.payload(ReferralStatusChanged.class);
                ChildReferral referral = ChildReferral.findById(change.referralId());
                if (referral != null && change.to() == ReferralStatus.CLOSED) {
                    referral.open = false;
                }
            }
            default -> {
                // Re-prioritisation and a family's access to the referral do not change a child's transitions.
            }
        }
    }
}
