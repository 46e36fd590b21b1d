package uk.send.transition.calendar;

import java.time.LocalDate;

/**
 * Where a transition stands on a day. For a phase transfer of a child with an EHC plan the states follow the
 * statutory review ({@link PhaseTransferReview}); a transition without a statutory deadline is planned as support and
 * is never at risk or overdue.
 */
public enum TransitionStatus {
    /** Not yet time to act. */
    UPCOMING,
    /** The review should be arranged or held now; for a transition without a deadline, it is within six months. */
    DUE,
    /** The latest day the review could be held for the plan to be amended in time has passed with no review. */
    AT_RISK,
    /** The statutory deadline passed without the reviewed and amended plan. */
    OVERDUE,
    /** Everything is in place: the amended plan where there is a deadline, and every item of the checklist. */
    COMPLETE,
    /** The move has happened. */
    MOVED;

    /** A transition without a deadline is due from this many months before it. */
    static final int SUPPORT_DUE_WITHIN_MONTHS = 6;

    /** What has been done towards a transition. */
    public record Progress(LocalDate reviewHeldOn, LocalDate amendedPlanIssuedOn, boolean checklistComplete) {
    }

    public static TransitionStatus of(Transition transition, Progress progress, LocalDate today) {
        if (!today.isBefore(transition.on())) {
            return MOVED;
        }
        PhaseTransferReview review = transition.review();
        if (review == null) {
            if (progress.checklistComplete()) {
                return COMPLETE;
            }
            return today.isBefore(transition.on().minusMonths(SUPPORT_DUE_WITHIN_MONTHS)) ? UPCOMING : DUE;
        }
        if (progress.amendedPlanIssuedOn() != null) {
            return progress.checklistComplete() ? COMPLETE : DUE;
        }
        if (today.isAfter(review.amendedPlanBy())) {
            return OVERDUE;
        }
        if (progress.reviewHeldOn() == null && today.isAfter(review.reviewBy())) {
            return AT_RISK;
        }
        return today.isBefore(review.arrangeFrom()) ? UPCOMING : DUE;
    }
}
