package uk.send.transition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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

        /**
         * Whether the case worker should see it on the upcoming list: its next date falls between today and
         * {@code until} while there is still something to do, or it is at risk or overdue whatever the window.
         */
        public boolean upcoming(LocalDate today, LocalDate until) {
            LocalDate next = nextDate(today);
            boolean inWindow = !next.isBefore(today) && !next.isAfter(until)
                    && state != TransitionStatus.MOVED && state != TransitionStatus.COMPLETE;
            return inWindow || state == TransitionStatus.AT_RISK || state == TransitionStatus.OVERDUE;
        }
    }

    /** A child with their timeline. */
    public record OfChild(Child child, List<Entry> entries) {
    }

    public List<Entry> of(Child child, LocalDate today) {
        return entries(child, today, type -> plan(child.id, type));
    }

    /**
     * The timelines of every child still of an age for transition planning (under 26), with their plans read in one
     * query rather than one a transition.
     */
    public List<OfChild> ofEveryChild(LocalDate today) {
        LocalDate bornAfter = today.minusYears(26);
        Map<TransitionPlan.Key, TransitionPlan> plans = TransitionPlan.<TransitionPlan>list(
                        "childId IN (SELECT c.id FROM Child c WHERE c.dateOfBirth > ?1)", bornAfter).stream()
                .collect(Collectors.toMap(p -> new TransitionPlan.Key(p.childId, p.transition), p -> p));
        return Child.<Child>list("dateOfBirth > ?1", bornAfter).stream()
                .map(child -> new OfChild(child, entries(child, today, type -> plans.getOrDefault(
                        new TransitionPlan.Key(child.id, type), TransitionPlan.empty(child.id, type)))))
                .toList();
    }

    private static List<Entry> entries(Child child, LocalDate today, Function<TransitionType, TransitionPlan> plans) {
        return child.transitions().stream().map(move -> entry(child, move, plans.apply(move.type()), today))
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
