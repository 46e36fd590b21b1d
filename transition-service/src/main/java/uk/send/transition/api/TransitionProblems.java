package uk.send.transition.api;

import uk.send.contracts.TransitionType;
import uk.send.problems.Refusal;

/** Transition planning's refusals; each answers as a problem detail of its kind ({@link Refusal}). */
public class TransitionProblems {

    /** The child has no such transition (a junior school move in a three-tier area, say). */
    public static class NoSuchTransition extends Refusal.NotFound {
        public NoSuchTransition(TransitionType type) {
            super("The child has no " + type + " transition");
        }
    }

    /** A review date sent for a transition with no statutory review. */
    public static class NoStatutoryReview extends Refusal.BadFields {
        public NoStatutoryReview(TransitionType type) {
            super("reviewHeldOn", "has no statutory review for " + type
                    + ": only a phase transfer of a child with an EHC plan has one");
        }
    }

    /** No such child. */
    public static class ChildNotFound extends Refusal.NotFound {
        public ChildNotFound() {
            super("No such child");
        }
    }

    /** A child with the same NHS number or UPN is registered already. */
    public static class ChildAlreadyKnown extends Refusal.Conflict {
        public ChildAlreadyKnown() {
            super("A child with this NHS number or UPN is already registered");
        }
    }
}
