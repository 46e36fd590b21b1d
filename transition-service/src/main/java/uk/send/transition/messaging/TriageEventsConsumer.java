package uk.send.transition.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.Topics;
import uk.send.contracts.triage.TriageAdviceReturned;
import uk.send.outbox.IdempotentConsumer;
import uk.send.outbox.UnprocessableEvent;
import uk.send.transition.ehc.AdviceRequest;
import uk.send.transition.ehc.Assessments;

/** Health advice returned by a clinical service in the portal: recorded on its assessment's advice request. */
@ApplicationScoped
public class TriageEventsConsumer {

    /** Triage's decisions about referrals do not change a child's assessments or transitions. */
    private static final Set<EventType> TRIAGE_DECISIONS = EventType.onTopicExcept(Topics.TRIAGE_EVENTS,
            EventType.TRIAGE_ADVICE_RETURNED);

    private final IdempotentConsumer consumer;
    private final Assessments assessments;

    TriageEventsConsumer(IdempotentConsumer consumer, Assessments assessments) {
        this.consumer = consumer;
        this.assessments = assessments;
    }

    @Incoming("triage-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll("transition-service", records, TRIAGE_DECISIONS, this::apply);
    }

    private void apply(IncomingEvent event) {
        TriageAdviceReturned returned = event.payload(TriageAdviceReturned.class);
        AdviceRequest request = AdviceRequest.findById(returned.adviceRequestId());
        if (request == null) {
            throw new UnprocessableEvent("unknown advice request " + returned.adviceRequestId());
        }
        assessments.healthAdviceReturned(request, returned.returnedOn(), returned.knownToService());
    }
}
