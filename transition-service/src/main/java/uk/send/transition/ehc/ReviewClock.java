package uk.send.transition.ehc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.send.contracts.TransitionType;
import uk.send.transition.calendar.SchoolCalendar;
import uk.send.transition.calendar.Transition;

/**
 * When an EHC plan's next review is due, and the limits after a review meeting.
 * <ul>
 * <li>Within 12 months of the plan being issued and of each review after it (SEN and Disability Regulations 2014,
 * reg. 18(1); Code of Practice 9.166).</li>
 * <li>For a child under 5, every 3 to 6 months (Code of Practice 9.178): the interval set for the child, 6 months
 * unless set. It applies while the child is under 5 on the day the review would fall; a review that would fall after
 * the fifth birthday is due 12 months after the last, as for every older child.</li>
 * <li>Before a phase transfer, the annual review is the transfer review: due by that review's latest date
 * ({@link uk.send.transition.calendar.PhaseTransferReview}) when that comes first, so that it is one review, not
 * two.</li>
 * <li>The local authority's decision to maintain, amend or cease: within 4 weeks of the meeting (reg. 20(10); Code
 * 9.176). An amended plan: within 8 weeks of the amendment notice, which goes with that decision (reg. 22(3);
 * Code 9.194).</li>
 * </ul>
 */
public final class ReviewClock {

    static final int MONTHS = 12;
    static final int UNDER_FIVE_MONTHS = 6;
    static final int DECISION_WEEKS = 4;
    static final int AMENDED_PLAN_WEEKS = 8;

    /** The next review: its latest day, and the phase transfer it is the review of, if any. */
    public record Due(LocalDate by, TransitionType phaseTransfer) {
    }

    private ReviewClock() {
    }

    /** The annual review due after the plan's issue or its last review, leaving phase transfers aside. */
    public static LocalDate annualDue(SchoolCalendar calendar, LocalDate lastReviewedOrIssued,
            Integer underFiveMonths) {
        int shortInterval = underFiveMonths == null ? UNDER_FIVE_MONTHS : underFiveMonths;
        LocalDate soon = lastReviewedOrIssued.plusMonths(shortInterval);
        return calendar.ageOn(soon) < 5 ? soon : lastReviewedOrIssued.plusMonths(MONTHS);
    }

    /**
     * The next review of a plan, or empty without a plan date: the annual review, or the review before the next
     * phase transfer when that is due first (and is not yet held).
     */
    public static Optional<Due> next(SchoolCalendar calendar, LocalDate lastReviewedOrIssued, Integer underFiveMonths,
            List<Transition> transitions) {
        if (lastReviewedOrIssued == null) {
            return Optional.empty();
        }
        LocalDate annual = annualDue(calendar, lastReviewedOrIssued, underFiveMonths);
        return Optional.of(transitions.stream()
                .filter(Transition::statutory)
                .filter(t -> t.review().reviewBy().isAfter(lastReviewedOrIssued))
                .filter(t -> !t.review().reviewBy().isAfter(annual))
                .findFirst()
                .map(t -> new Due(t.review().reviewBy(), t.type()))
                .orElse(new Due(annual, null)));
    }

    public static LocalDate decisionDue(LocalDate heldOn) {
        return heldOn.plusWeeks(DECISION_WEEKS);
    }

    public static LocalDate amendedPlanDue(LocalDate decidedOn) {
        return decidedOn.plusWeeks(AMENDED_PLAN_WEEKS);
    }
}
