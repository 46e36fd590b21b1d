package uk.send.triage.advice;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.Topics;
import uk.send.contracts.ehc.EhcAdviceRequested;
import uk.send.contracts.transition.TransitionChildRecordsDestroyed;
import uk.send.outbox.IdempotentConsumer;
import uk.send.outbox.UnprocessableEvent;

/** Files each request for health advice as work for its clinical service. */
@ApplicationScoped
public class AdviceRequestsConsumer {

    /** Transitions, reminders and the assessment's other steps are not a clinical service's work. */
    private static final Set<EventType> NOT_CLINICAL_WORK = EventType.onTopicExcept(Topics.TRANSITION_EVENTS,
            EventType.EHC_ADVICE_REQUESTED, EventType.TRANSITION_CHILD_RECORDS_DESTROYED);

    private final IdempotentConsumer consumer;
    private final HealthAdvice advice;

    AdviceRequestsConsumer(IdempotentConsumer consumer, HealthAdvice advice) {
        this.consumer = consumer;
        this.advice = advice;
    }

    @Incoming("transition-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll("triage-service", records, NOT_CLINICAL_WORK, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.eventType()) {
            case EHC_ADVICE_REQUESTED -> advice.received(event.payload(EhcAdviceRequested.class));
            case TRANSITION_CHILD_RECORDS_DESTROYED ->
                    advice.childRecordsDestroyed(event.payload(TransitionChildRecordsDestroyed.class).childId());
            default -> throw new UnprocessableEvent(event.metadata().type() + " is not advice work");
        }
    }
}
