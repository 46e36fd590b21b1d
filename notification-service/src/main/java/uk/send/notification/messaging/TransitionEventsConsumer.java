package uk.send.notification.messaging;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import uk.send.contracts.EventType;
import uk.send.contracts.IncomingEvent;
import uk.send.contracts.RecipientType;
import uk.send.contracts.TransitionType;
import uk.send.contracts.ehc.EhcAssessmentUpdated;
import uk.send.contracts.ehc.EhcDeadlineApproaching;
import uk.send.contracts.ehc.EhcReviewDue;
import uk.send.contracts.transition.TransitionAdultHandoverPlanned;
import uk.send.contracts.transition.TransitionDue;
import uk.send.contracts.transition.TransitionInformationIncomplete;
import uk.send.notification.NoticePlan;
import uk.send.notification.NoticeText;
import uk.send.notification.Notices;
import uk.send.notification.ReferralCopy;
import uk.send.notification.template.EhcReminderWords;
import uk.send.notification.template.EhcStepWords;
import uk.send.notification.template.HandoverWords;
import uk.send.notification.template.ReviewDueWords;
import uk.send.notification.template.TransitionWords;
import uk.send.outbox.IdempotentConsumer;
import uk.send.outbox.UnprocessableEvent;

/**
 * Tells the family, school and case work team about a child's coming transition, as the event asks. Family and
 * school are reached through a referral this service knows; a child known only to transition planning is the case
 * work team's to contact.
 */
@ApplicationScoped
public class TransitionEventsConsumer {

    /**
     * A hand-over falling due: referral-service hands the referral over, and its closure tells the school and the
     * family. A request for health advice is work for the clinical service, in the clinicians' portal. Notices about a
     * child's transitions went to the families of the child's referrals, and went with those referrals' records,
     * which are destroyed before the child's.
     */
    private static final Set<EventType> NOBODY_TO_WRITE_TO = EnumSet.of(EventType.TRANSITION_ADULT_HANDOVER_DUE,
            EventType.EHC_ADVICE_REQUESTED, EventType.TRANSITION_CHILD_RECORDS_DESTROYED);

    private final IdempotentConsumer consumer;
    private final Notices notices;

    TransitionEventsConsumer(IdempotentConsumer consumer, Notices notices) {
        this.consumer = consumer;
        this.notices = notices;
    }

    @Incoming("transition-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll(ReferralEventsConsumer.GROUP, records, NOBODY_TO_WRITE_TO, this::apply);
    }

    private void apply(IncomingEvent event) {
        switch (event.eventType()) {
            case TRANSITION_DUE -> {
                TransitionDue due = event.payload(TransitionDue.class);
                notices.write(event, knownReferral(due.referralIds()), NoticePlan.of(event.eventType(), due),
                        new TransitionWords(transitionText(due.transition()), NoticeText.date(due.transitionDate()),
                                NoticeText.date(due.reviewDeadline()), NoticeText.date(due.reviewBy()), List.of()));
            }
            case TRANSITION_INFORMATION_INCOMPLETE -> {
                TransitionInformationIncomplete incomplete = event.payload(TransitionInformationIncomplete.class);
                notices.write(event, knownReferral(incomplete.referralIds()),
                        NoticePlan.of(event.eventType(), incomplete),
                        new TransitionWords(transitionText(incomplete.transition()),
                                NoticeText.date(incomplete.transitionDate()), null, null, incomplete.missingItems()));
            }
            case TRANSITION_ADULT_HANDOVER_PLANNED -> {
                TransitionAdultHandoverPlanned planned = event.payload(TransitionAdultHandoverPlanned.class);
                notices.write(event, knownReferral(List.of(planned.referralId())),
                        NoticePlan.of(event.eventType(), planned), new HandoverWords(
                                NoticeText.date(planned.transferOn()),
                                planned.adultService() == null ? null : planned.adultService().inPlainWords()));
            }
            case EHC_ASSESSMENT_UPDATED -> {
                EhcAssessmentUpdated step = event.payload(EhcAssessmentUpdated.class);
                EhcStepWords details = new EhcStepWords(step.reference(), NoticeText.date(step.on()),
                        NoticeText.date(step.decisionDue()), NoticeText.date(step.finalPlanDue()),
                        NoticeText.date(step.commentsBy()), EhcWords.step(step.step()));
                UUID referral = knownReferral(step.referralIds());
                // No contacts held for the child: the case work team is asked to tell the family and school.
                notices.write(event, referral, referral == null
                        ? List.of(new NoticePlan.Addressee(RecipientType.CASEWORKER, "ehc-untold"))
                        : NoticePlan.of(event.eventType(), step), details);
            }
            case EHC_DEADLINE_APPROACHING -> {
                EhcDeadlineApproaching reminder = event.payload(EhcDeadlineApproaching.class);
                notices.write(event, null, NoticePlan.of(event.eventType(), reminder), new EhcReminderWords(
                        reminder.reference(), NoticeText.date(reminder.dueOn()),
                        EhcWords.limit(reminder.limit(), reminder.service())));
            }
            case EHC_REVIEW_DUE -> {
                EhcReviewDue due = event.payload(EhcReviewDue.class);
                notices.write(event, knownReferral(due.referralIds()), NoticePlan.of(event.eventType(), due),
                        new ReviewDueWords(NoticeText.date(due.dueOn())));
            }
            default -> throw new UnprocessableEvent(event.metadata().type() + " is not a transition event");
        }
    }

    private static UUID knownReferral(List<UUID> referralIds) {
        return referralIds == null ? null : referralIds.stream()
                .filter(id -> ReferralCopy.findById(id) != null).findFirst().orElse(null);
    }

    static String transitionText(TransitionType transition) {
        return switch (transition) {
            case STARTING_RECEPTION -> "starting school in Reception";
            case JUNIOR_SCHOOL -> "moving to junior school (Year 3)";
            case MIDDLE_SCHOOL -> "moving to middle school";
            case SECONDARY_SCHOOL -> "moving to secondary school";
            case PREPARATION_FOR_ADULTHOOD -> "preparing for adulthood reviews (from Year 9)";
            case POST_16 -> "moving on after Year 11 (post-16)";
            case POST_16_INSTITUTION -> "moving to a new school or college after 16";
            case ADULT_SERVICES -> "moving from children's to adult health and social care at 18";
            case POST_19 -> "post-19 education";
            case EHC_PLAN_ENDS -> "the latest the EHC plan can continue: the end of the school year in which they "
                    + "turn 25";
        };
    }
}
