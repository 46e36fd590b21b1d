package uk.send.triage.advice;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.ehc.EhcAdviceRequested;
import uk.send.contracts.transition.TransitionChildRecordsDestroyed;
import uk.send.outbox.IdempotentConsumer;

/** Files each request for health advice as work for its clinical service. */
@ApplicationScoped
public class AdviceRequestsConsumer {

    private final IdempotentConsumer consumer;
    private final HealthAdvice advice;

    AdviceRequestsConsumer(IdempotentConsumer consumer, HealthAdvice advice) {
        this.consumer = consumer;
        this.advice = advice;
    }

    @Incoming("transition-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll("triage-service", records, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (event.eventType() == uk.send.contracts.EventType.EHC_ADVICE_REQUESTED) {
            advice.received(event.payload(EhcAdviceRequested.class));
        } else if (event.eventType() == uk.send.contracts.EventType.TRANSITION_CHILD_RECORDS_DESTROYED) {
            advice.childRecordsDestroyed(event.payload(TransitionChildRecordsDestroyed.class).childId());
        }
        // Transitions, reminders and the assessment's other steps are not a clinical service's work.
    }
}
