package uk.send.notification;

import java.util.List;

import uk.send.contracts.EventType;
import uk.send.contracts.RecipientType;
import uk.send.contracts.TextAudience;
import uk.send.contracts.ehc.EhcAssessmentUpdated;
import uk.send.contracts.ehc.EhcReviewDue;
import uk.send.contracts.referral.ReferralReprioritised;
import uk.send.contracts.referral.ReferralStatusChanged;
import uk.send.contracts.referral.ReferralSubmitted;
import uk.send.contracts.transition.TransitionAdultHandoverPlanned;
import uk.send.contracts.transition.TransitionDue;
import uk.send.contracts.transition.TransitionInformationIncomplete;

/**
 * Who is told about which event, and with which template. The one rule that must never bend: a referral that
 * closes, whatever the reason, tells its school and every family contact. And one that is as firm: a change made
 * because of a safeguarding concern tells neither the family nor the school anything; the case work team is
 * alerted instead ({@link TextAudience}).
 */
public final class NoticePlan {

    /** A kind of recipient and the template their notice is written from. */
    public record Addressee(RecipientType type, String template) {
    }

    private static final List<RecipientType> SCHOOL_AND_FAMILY = List.of(RecipientType.SCHOOL, RecipientType.FAMILY);

    private NoticePlan() {
    }

    public static List<Addressee> of(EventType type, Record payload) {
        return switch (type) {
            // A referral handed over to an adult service: the children's referral's closure tells them, once.
            case REFERRAL_SUBMITTED -> payload instanceof ReferralSubmitted submitted
                    && submitted.transferredFrom() != null ? List.of() : to(SCHOOL_AND_FAMILY, "submitted");
            case REFERRAL_STATUS_CHANGED -> switch (((ReferralStatusChanged) payload).to()) {
                case ACCEPTED_WAITING -> to(SCHOOL_AND_FAMILY, "waiting");
                case MORE_INFORMATION_REQUESTED -> to(List.of(RecipientType.SCHOOL), "information-requested");
                case IN_PROGRESS -> to(SCHOOL_AND_FAMILY, "started");
                case CLOSED -> to(SCHOOL_AND_FAMILY, "closed");
                // The school's answer back in triage: the family hears that the team has it (never what it said).
                case IN_TRIAGE -> ((ReferralStatusChanged) payload).answeredBySchool()
                        ? to(List.of(RecipientType.FAMILY), "information-provided") : List.of();
                // Triage receiving the referral is part of "what happens next" in the submission notice.
                case SUBMITTED -> List.of();
            };
            case REFERRAL_REPRIORITISED -> reprioritised((ReferralReprioritised) payload);
            // Regular news while waiting goes to the family: the school heard the place at acceptance.
            case REFERRAL_WAITING_UPDATE -> to(List.of(RecipientType.FAMILY), "waiting-update");
            case TRANSITION_DUE -> to(((TransitionDue) payload).recipients(), "transition-due");
            case TRANSITION_INFORMATION_INCOMPLETE -> to(((TransitionInformationIncomplete) payload).recipients(),
                    "transition-incomplete");
            case TRANSITION_ADULT_HANDOVER_PLANNED -> to(((TransitionAdultHandoverPlanned) payload).recipients(),
                    "adult-handover");
            case EHC_ASSESSMENT_UPDATED -> {
                EhcAssessmentUpdated step = (EhcAssessmentUpdated) payload;
                yield to(step.recipients(), "ehc-" + switch (step.step()) {
                    case REQUESTED -> "requested";
                    case ASSESSING -> "assessing";
                    case NOT_ASSESSING -> "not-assessing";
                    case NO_PLAN -> "no-plan";
                    case DRAFT_SENT -> "draft";
                    case FINAL_ISSUED -> "final";
                });
            }
            case EHC_DEADLINE_APPROACHING -> to(List.of(RecipientType.CASEWORKER), "ehc-deadline");
            case EHC_REVIEW_DUE -> to(((EhcReviewDue) payload).recipients(), "ehc-review-due");
            default -> List.of();
        };
    }

    private static List<Addressee> reprioritised(ReferralReprioritised change) {
        if (TextAudience.ofReprioritisation(change.reasonCategory()) == TextAudience.INTERNAL) {
            return to(List.of(RecipientType.CASEWORKER), "safeguarding-review");
        }
        return to(SCHOOL_AND_FAMILY, "reprioritised");
    }

    private static List<Addressee> to(List<RecipientType> types, String template) {
        return types.stream().distinct().map(t -> new Addressee(t, template)).toList();
    }
}
