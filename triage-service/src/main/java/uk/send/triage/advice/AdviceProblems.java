package uk.send.triage.advice;

import uk.send.problems.Refusal;

/** Health advice's refusals; each answers as a problem detail of its kind ({@link Refusal}). */
public class AdviceProblems {

    /** No such request, or none for the caller's service. */
    public static class AdviceRequestNotFound extends Refusal.NotFound {
        public AdviceRequestNotFound() {
            super("No such advice request for your service");
        }
    }
}
