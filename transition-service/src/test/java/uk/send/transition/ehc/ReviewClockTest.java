package uk.send.transition.ehc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.send.contracts.TransitionType;
import uk.send.transition.calendar.SchoolCalendar;
import uk.send.transition.calendar.SchoolStructure;
import uk.send.transition.calendar.TransitionCalendar;

/**
 * Annual reviews: within 12 months (reg. 18(1)); every 3 to 6 months under 5 (Code of Practice 9.178); the decision
 * within 4 weeks of the meeting (reg. 20(10)); the amended plan within 8 weeks of the decision (reg. 22(3)).
 */
class ReviewClockTest {

    private static final SchoolCalendar TEN_YEAR_OLD = SchoolCalendar.forChild(LocalDate.of(2016, 3, 10));

    @Test
    void aPlanIsReviewedWithinTwelveMonthsOfItsIssueOrItsLastReview() {
        assertThat(ReviewClock.annualDue(TEN_YEAR_OLD, LocalDate.of(2026, 2, 3), null))
                .isEqualTo(LocalDate.of(2027, 2, 3));
    }

    @Test
    void aChildUnderFiveIsReviewedEverySixMonthsOrAsOftenAsSetForThem() {
        SchoolCalendar three = SchoolCalendar.forChild(LocalDate.of(2023, 5, 1));

        assertThat(ReviewClock.annualDue(three, LocalDate.of(2026, 6, 1), null)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ReviewClock.annualDue(three, LocalDate.of(2026, 6, 1), 3)).isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void aChildWhoTurnsFiveBeforeTheShortIntervalEndsIsReviewedTwelveMonthsOn() {
        // Born 1 March 2022: 4 on the review of 1 November 2026, 5 on 1 March 2027, before 1 May 2027.
        SchoolCalendar turningFive = SchoolCalendar.forChild(LocalDate.of(2022, 3, 1));

        assertThat(ReviewClock.annualDue(turningFive, LocalDate.of(2026, 11, 1), null))
                .isEqualTo(LocalDate.of(2027, 11, 1));
        assertThat(ReviewClock.annualDue(turningFive, LocalDate.of(2026, 6, 1), null))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void theReviewBeforeAPhaseTransferIsTheAnnualReviewWhenItFallsFirst() {
        // In Year 6 in 2026/27: the secondary transfer's review is due by 23 November 2026 (amended plan by
        // 15 February 2027), before the annual review a year after 1 March 2026.
        SchoolCalendar yearSix = SchoolCalendar.forChild(LocalDate.of(2015, 10, 1));
        var transitions = TransitionCalendar.transitions(yearSix, new SchoolStructure(false, null, null), null, true);
        LocalDate reviewBy = transitions.stream().filter(t -> t.type() == TransitionType.SECONDARY_SCHOOL)
                .findFirst().orElseThrow().review().reviewBy();

        ReviewClock.Due due = ReviewClock.next(yearSix, LocalDate.of(2026, 3, 1), null, transitions).orElseThrow();

        assertThat(due.phaseTransfer()).isEqualTo(TransitionType.SECONDARY_SCHOOL);
        assertThat(due.by()).isEqualTo(reviewBy).isBefore(LocalDate.of(2027, 3, 1));
    }

    @Test
    void withoutAPhaseTransferBeforeItTheAnnualReviewStands() {
        ReviewClock.Due due = ReviewClock.next(TEN_YEAR_OLD, LocalDate.of(2026, 2, 3), null, List.of())
                .orElseThrow();

        assertThat(due).isEqualTo(new ReviewClock.Due(LocalDate.of(2027, 2, 3), null));
        assertThat(ReviewClock.next(TEN_YEAR_OLD, null, null, List.of())).isEmpty();
    }

    @Test
    void aReviewIsDecidedWithinFourWeeksAndAnAmendedPlanIssuedWithinEightWeeksOfTheDecision() {
        AnnualReview review = held(LocalDate.of(2026, 3, 2));

        assertThat(review.decisionDue()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(review.state(LocalDate.of(2026, 3, 30))).isEqualTo(AnnualReview.State.AWAITING_DECISION);
        assertThat(review.state(LocalDate.of(2026, 3, 31))).isEqualTo(AnnualReview.State.DECISION_LATE);

        review.decide(AnnualReview.Decision.AMEND, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 7, 1));
        assertThat(review.amendedPlanDue()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(review.state(LocalDate.of(2026, 5, 16))).isEqualTo(AnnualReview.State.AMENDED_PLAN_LATE);

        review.amendedPlanIssued(LocalDate.of(2026, 5, 14), LocalDate.of(2026, 7, 1));
        assertThat(review.state(LocalDate.of(2026, 7, 1))).isEqualTo(AnnualReview.State.FINISHED);
    }

    @Test
    void anAmendedPlanFollowsOnlyADecisionToAmend() {
        AnnualReview review = held(LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> review.amendedPlanIssued(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)))
                .isInstanceOf(EhcRefusal.NotNow.class);

        review.decide(AnnualReview.Decision.MAINTAIN, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 7, 1));
        assertThat(review.state(LocalDate.of(2026, 7, 1))).isEqualTo(AnnualReview.State.FINISHED);
        assertThat(review.decide(AnnualReview.Decision.MAINTAIN, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 7, 1)))
                .isFalse();
        assertThatThrownBy(() -> review.decide(AnnualReview.Decision.CEASE, LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 7, 1))).isInstanceOf(EhcRefusal.NotNow.class);
        assertThatThrownBy(() -> review.amendedPlanIssued(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1)))
                .isInstanceOf(EhcRefusal.NotNow.class).hasMessageContaining("maintain");
    }

    @Test
    void aDecisionBeforeTheMeetingIsRefused() {
        AnnualReview review = held(LocalDate.of(2026, 3, 2));

        assertThatThrownBy(() -> review.decide(AnnualReview.Decision.AMEND, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 7, 1))).isInstanceOfSatisfying(EhcRefusal.DateOutOfOrder.class,
                        refused -> assertThat(refused.field()).isEqualTo("decidedOn"));
    }

    private static AnnualReview held(LocalDate on) {
        AnnualReview review = new AnnualReview();
        review.id = UUID.randomUUID();
        review.heldOn = on;
        review.dueOn = on.plusDays(10);
        return review;
    }
}
