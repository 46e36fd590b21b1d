package uk.send.transition.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.ReferralStatus;
import uk.send.contracts.Topics;
import uk.send.contracts.referral.ReferralChildCorrected;
import uk.send.contracts.referral.ReferralEhcAssessmentRequested;
import uk.send.contracts.referral.ReferralRecordsDestroyed;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.identifiers.England;
import uk.send.outbox.IdempotentConsumer;
import uk.send.outbox.UnprocessableEvent;
import uk.send.transition.Child;
import uk.send.transition.ChildReferral;
import uk.send.transition.children.ChildRecords;
import uk.send.transition.children.ReferralDestruction;
import uk.send.transition.ehc.Assessment;
import uk.send.transition.ehc.Assessments;

/**
 * Learns children from their referrals ({@link ChildRecords#learnFrom}), follows each referral until it closes, and
 * records a family's request for an EHC needs assessment for the child of a referral.
 */
@ApplicationScoped
public class ReferralEventsConsumer {

    /** Re-prioritisation and a family's access to the referral do not change a child's transitions. */
    private static final Set<EventType> NOT_ABOUT_THE_CHILD = EventType.onTopicExcept(Topics.REFERRAL_EVENTS,
            EventType.REFERRAL_SUBMITTED, EventType.REFERRAL_STATUS_CHANGED,
            EventType.REFERRAL_EHC_ASSESSMENT_REQUESTED, EventType.REFERRAL_CHILD_CORRECTED,
            EventType.REFERRAL_RECORDS_DESTROYED);

    private final IdempotentConsumer consumer;
    private final ChildRecords records;
    private final Assessments assessments;
    private final ReferralDestruction destruction;

    ReferralEventsConsumer(IdempotentConsumer consumer, ChildRecords records, Assessments assessments,
            ReferralDestruction destruction) {
        this.consumer = consumer;
        this.records = records;
        this.assessments = assessments;
        this.destruction = destruction;
    }

    @Incoming("referral-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll("transition-service", records, NOT_ABOUT_THE_CHILD, this::apply);
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
            case REFERRAL_EHC_ASSESSMENT_REQUESTED -> {
                ReferralEhcAssessmentRequested asked = event.payload(ReferralEhcAssessmentRequested.class);
                ChildReferral referral = ChildReferral.findById(asked.referralId());
                if (referral == null) {
                    throw new UnprocessableEvent("unknown referral " + asked.referralId());
                }
                assessments.request(Child.findById(referral.childId),
                        asked.requestedAt().atZone(England.ZONE).toLocalDate(),
                        asked.byYoungPerson() ? Assessment.Requester.YOUNG_PERSON : Assessment.Requester.PARENT,
                        "family");
            }
            case REFERRAL_CHILD_CORRECTED -> records.followCorrection(event.payload(ReferralChildCorrected.class));
            case REFERRAL_RECORDS_DESTROYED -> destruction.destroyed(event.payload(ReferralRecordsDestroyed.class));
            default -> throw new UnprocessableEvent(event.metadata().type() + " is not about a child's referral");
        }
    }
}
