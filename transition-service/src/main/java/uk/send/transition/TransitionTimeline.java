package uk.send.transition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import uk.send.contracts.TransitionType;
import uk.send.transition.calendar.PhaseTransferReview;
import uk.send.transition.calendar.Transition;
import uk.send.transition.calendar.TransitionStatus;

/** A child's transitions with their plans, and where each stands today. */
@ApplicationScoped
public class TransitionTimeline {

    /**
     * One transition as the case worker sees it: for a phase transfer of a child with an EHC plan, the day the
     * review should be arranged from, the latest day it can be held, and the statutory deadline for the amended plan.
     * {@code informationCompleteAtMove} is set once the child has moved.
     */
    public record Entry(TransitionType transition, LocalDate on, boolean statutory, LocalDate arrangeReviewFrom,
            LocalDate reviewBy, LocalDate reviewDeadline, LocalDate reviewHeldOn, LocalDate amendedPlanIssuedOn,
            TransitionStatus state, List<String> missingItems, Boolean informationCompleteAtMove) {

        /** The next date that matters: the review's, while it is ahead, then the deadline, then the move. */
        public LocalDate nextDate(LocalDate today) {
            for (LocalDate date : new LocalDate[] {reviewHeldOn == null ? reviewBy : null,
                    amendedPlanIssuedOn == null ? reviewDeadline : null, on}) {
                if (date != null && !date.isBefore(today)) {
                    return date;
                }
            }
            return on;
        }
    }

    public List<Entry> of(Child child, LocalDate today) {
        return child.transitions().stream().map(move -> entry(child, move, plan(child.id, move.type()), today))
                .toList();
    }

    static Entry entry(Child child, Transition move, TransitionPlan plan, LocalDate today) {
        PhaseTransferReview review = move.review();
        TransitionStatus state = TransitionStatus.of(move, plan.progress(child, move), today);
        return new Entry(move.type(), move.on(), move.statutory(), review == null ? null : review.arrangeFrom(),
                review == null ? null : review.reviewBy(), move.reviewDeadline(), plan.reviewHeldOn,
                plan.amendedPlanIssuedOn, state, plan.missingFor(child, move),
                state == TransitionStatus.MOVED ? plan.completeBy(move.on()) : null);
    }

    public static TransitionPlan plan(UUID childId, TransitionType type) {
        TransitionPlan plan = TransitionPlan.findById(new TransitionPlan.Key(childId, type));
        return plan != null ? plan : TransitionPlan.empty(childId, type);
    }
}
