package uk.send.transition.calendar;

import java.time.LocalDate;

import uk.send.contracts.TransitionType;

/**
 * One of a child's transitions: when it happens and, for a phase transfer of a child with an EHC plan, the statutory
 * review that must come before it (null where there is none).
 */
public record Transition(TransitionType type, LocalDate on, PhaseTransferReview review) {

    /** Whether the law sets a deadline for the EHC plan before this move. */
    public boolean statutory() {
        return review != null;
    }

    /** The day by which the reviewed and amended EHC plan must be issued; null where no deadline applies. */
    public LocalDate reviewDeadline() {
        return review == null ? null : review.amendedPlanBy();
    }
}
