package uk.send.referral.family;

import java.util.Locale;

import uk.send.contracts.ClosureReason;
import uk.send.contracts.ReferralStatus;

/** Where a referral stands and what happens next, in the words a parent would use. */
public final class FamilyWords {

    private FamilyWords() {
    }

    public static String status(ReferralStatus status, ClosureReason closure) {
        return switch (status) {
            case SUBMITTED, IN_TRIAGE -> "The team is looking at the referral";
            case MORE_INFORMATION_REQUESTED -> "The team has asked the school for more information";
            case ACCEPTED_WAITING -> "On the waiting list";
            case IN_PROGRESS -> "Being seen by the team";
            case CLOSED -> closed(closure);
        };
    }

    public static String whatHappensNext(ReferralStatus status, ClosureReason closure) {
        return switch (status) {
            case SUBMITTED, IN_TRIAGE -> "A clinician will read the referral and decide whether the service can help. "
                    + "You will be told the decision.";
            case MORE_INFORMATION_REQUESTED -> "The school will answer the team's questions. The team then carries on "
                    + "looking at the referral; you do not need to do anything.";
            case ACCEPTED_WAITING -> "You will be contacted when an appointment is offered. Use the support offered "
                    + "while you wait, and tell the school if things get worse.";
            case IN_PROGRESS -> "The team will agree the next steps with you at your appointments.";
            case CLOSED -> closure == ClosureReason.DECLINED || closure == ClosureReason.WITHDRAWN
                    ? "If things change, talk to the school: they can refer again."
                    : closure == ClosureReason.TRANSFERRED_TO_ADULT_SERVICES
                            ? "The adult service now has the referral, with the date it was first received, so "
                                    + "the wait is not lost. It is in your list of referrals."
                            : "Nothing more is planned. If things change, talk to the school.";
        };
    }

    private static String closed(ClosureReason closure) {
        if (closure == null) {
            return "Closed";
        }
        return switch (closure) {
            case DECLINED -> "Closed: the service could not offer an appointment";
            case WITHDRAWN -> "Closed: the referral was withdrawn";
            case COMPLETED -> "Closed: the work with the service is finished";
            case DISCHARGED -> "Closed: discharged from the service";
            case TRANSFERRED_TO_ADULT_SERVICES -> "Closed: moved to adult services";
            case DUPLICATE -> "Closed: a copy of another referral, which carries on";
        };
    }

    /** A language as a family reads it, from its ISO 639 code: "Polish" for pl; the code when it is not known. */
    public static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
        return name.isBlank() || name.equals(code) ? code : name;
    }
}
