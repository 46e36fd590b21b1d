package uk.send.contracts;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.send.contracts.ehc.EhcAdviceRequested;
import uk.send.contracts.ehc.EhcAssessmentUpdated;
import uk.send.contracts.ehc.EhcDeadlineApproaching;
import uk.send.contracts.ehc.EhcReviewDue;
import uk.send.contracts.notification.NotificationClosureVerdict;
import uk.send.contracts.notification.NotificationDelivered;
import uk.send.contracts.notification.NotificationFailed;
import uk.send.contracts.referral.ReferralChildCorrected;
import uk.send.contracts.referral.ReferralContactsChanged;
import uk.send.contracts.referral.ReferralEhcAssessmentRequested;
import uk.send.contracts.referral.ReferralFamilyInvited;
import uk.send.contracts.referral.ReferralFamilyLinked;
import uk.send.contracts.referral.ReferralFamilyUnlinked;
import uk.send.contracts.referral.ReferralRecordsDestroyed;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.referral.ReferralWaitingUpdate;
import uk.send.contracts.transition.TransitionAdultHandoverDue;
import uk.send.contracts.transition.TransitionAdultHandoverPlanned;
import uk.send.contracts.transition.TransitionChildRecordsDestroyed;
import uk.send.contracts.transition.TransitionDue;
import uk.send.contracts.transition.TransitionInformationIncomplete;
import uk.send.contracts.triage.TriageAdviceReturned;
import uk.send.contracts.triage.TriageClosureRequested;
import uk.send.contracts.triage.TriageDecisionMade;
import uk.send.contracts.triage.TriageReceived;
import uk.send.contracts.triage.TriageReprioritised;
import uk.send.contracts.triage.TriageWaitingUpdate;

/** Every event type of the platform: its CloudEvents type, the topic it travels on and its payload. */
public enum EventType {
    REFERRAL_SUBMITTED("referral.submitted", Topics.REFERRAL_EVENTS, ReferralSubmitted.class),
    REFERRAL_STATUS_CHANGED("referral.status-changed", Topics.REFERRAL_EVENTS, ReferralStatusChanged.class),
    REFERRAL_REPRIORITISED("referral.reprioritised", Topics.REFERRAL_EVENTS, ReferralReprioritised.class),
    REFERRAL_FAMILY_INVITED("referral.family-invited", Topics.REFERRAL_EVENTS, ReferralFamilyInvited.class),
    REFERRAL_FAMILY_LINKED("referral.family-linked", Topics.REFERRAL_EVENTS, ReferralFamilyLinked.class),
    REFERRAL_FAMILY_UNLINKED("referral.family-unlinked", Topics.REFERRAL_EVENTS, ReferralFamilyUnlinked.class),
    REFERRAL_WAITING_UPDATE("referral.waiting-update", Topics.REFERRAL_EVENTS, ReferralWaitingUpdate.class),
    REFERRAL_CONTACTS_CHANGED("referral.contacts-changed", Topics.REFERRAL_EVENTS, ReferralContactsChanged.class),
    REFERRAL_EHC_ASSESSMENT_REQUESTED("referral.ehc-assessment-requested", Topics.REFERRAL_EVENTS,
            ReferralEhcAssessmentRequested.class),
    REFERRAL_CHILD_CORRECTED("referral.child-corrected", Topics.REFERRAL_EVENTS, ReferralChildCorrected.class),
    REFERRAL_RECORDS_DESTROYED("referral.records-destroyed", Topics.REFERRAL_EVENTS, ReferralRecordsDestroyed.class),
    TRIAGE_RECEIVED("triage.received", Topics.TRIAGE_EVENTS, TriageReceived.class),
    TRIAGE_DECISION_MADE("triage.decision-made", Topics.TRIAGE_EVENTS, TriageDecisionMade.class),
    TRIAGE_REPRIORITISED("triage.reprioritised", Topics.TRIAGE_EVENTS, TriageReprioritised.class),
    TRIAGE_CLOSURE_REQUESTED("triage.closure-requested", Topics.TRIAGE_EVENTS, TriageClosureRequested.class),
    TRIAGE_WAITING_UPDATE("triage.waiting-update", Topics.TRIAGE_EVENTS, TriageWaitingUpdate.class),
    TRIAGE_ADVICE_RETURNED("triage.advice-returned", Topics.TRIAGE_EVENTS, TriageAdviceReturned.class),
    TRANSITION_DUE("transition.due", Topics.TRANSITION_EVENTS, TransitionDue.class),
    TRANSITION_INFORMATION_INCOMPLETE("transition.information-incomplete", Topics.TRANSITION_EVENTS,
            TransitionInformationIncomplete.class),
    TRANSITION_ADULT_HANDOVER_PLANNED("transition.adult-handover-planned", Topics.TRANSITION_EVENTS,
            TransitionAdultHandoverPlanned.class),
    TRANSITION_ADULT_HANDOVER_DUE("transition.adult-handover-due", Topics.TRANSITION_EVENTS,
            TransitionAdultHandoverDue.class),
    TRANSITION_CHILD_RECORDS_DESTROYED("transition.child-records-destroyed", Topics.TRANSITION_EVENTS,
            TransitionChildRecordsDestroyed.class),
    EHC_ASSESSMENT_UPDATED("ehc.assessment-updated", Topics.TRANSITION_EVENTS, EhcAssessmentUpdated.class),
    EHC_ADVICE_REQUESTED("ehc.advice-requested", Topics.TRANSITION_EVENTS, EhcAdviceRequested.class),
    EHC_DEADLINE_APPROACHING("ehc.deadline-approaching", Topics.TRANSITION_EVENTS, EhcDeadlineApproaching.class),
    EHC_REVIEW_DUE("ehc.review-due", Topics.TRANSITION_EVENTS, EhcReviewDue.class),
    NOTIFICATION_DELIVERED("notification.delivered", Topics.NOTIFICATION_EVENTS, NotificationDelivered.class),
    NOTIFICATION_FAILED("notification.failed", Topics.NOTIFICATION_EVENTS, NotificationFailed.class),
    NOTIFICATION_CLOSURE_VERDICT("notification.closure-verdict", Topics.NOTIFICATION_EVENTS,
            NotificationClosureVerdict.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> payloadType;

    EventType(String type, String topic, Class<? extends Record> payloadType) {
        this.type = type;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    /** The CloudEvents {@code type} attribute, for example {@code referral.submitted}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends Record> payloadType() {
        return payloadType;
    }

    /** Classpath location of the payload's JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + type + ".schema.json";
    }

    private static final Map<String, EventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::type, t -> t));

    /** Looked up for every record every consumer reads. */
    public static Optional<EventType> fromType(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }

    /**
     * Every type published on {@code topic} but those given: for a consumer that applies a few of a topic's events
     * and passes over the rest, including any added later.
     */
    public static Set<EventType> onTopicExcept(String topic, EventType... applied) {
        EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
        Arrays.stream(values()).filter(t -> t.topic.equals(topic)).forEach(types::add);
        types.removeAll(Arrays.asList(applied));
        return Collections.unmodifiableSet(types);
    }

    public static EventType ofPayload(Record payload) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType == payload.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an event payload: " + payload.getClass()));
    }
}
