package uk.send.transition.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.contracts.TransitionType;

class TransitionStatusTest {

    private static final LocalDate MOVE = LocalDate.of(2027, 9, 1);
    private static final Transition WITH_PLAN = new Transition(TransitionType.SECONDARY_SCHOOL, MOVE,
            PhaseTransferReview.before(TransitionType.SECONDARY_SCHOOL, MOVE));
    private static final Transition WITHOUT_PLAN = new Transition(TransitionType.SECONDARY_SCHOOL, MOVE, null);
    private static final TransitionStatus.Progress NOTHING_YET = new TransitionStatus.Progress(null, null, false);

    @Test
    void aPhaseTransferWithAPlanGoesFromUpcomingToDueWhenTheReviewShouldBeArranged() {
        assertThat(TransitionStatus.of(WITH_PLAN, NOTHING_YET, LocalDate.of(2026, 8, 30)))
                .isEqualTo(TransitionStatus.UPCOMING);
        assertThat(TransitionStatus.of(WITH_PLAN, NOTHING_YET, LocalDate.of(2026, 8, 31)))
                .isEqualTo(TransitionStatus.DUE);
        assertThat(TransitionStatus.of(WITH_PLAN, NOTHING_YET, LocalDate.of(2026, 11, 23)))
                .isEqualTo(TransitionStatus.DUE);
    }

    @Test
    void itIsAtRiskOnceTheLatestReviewDatePassesWithNoReviewAndOverdueAfterTheDeadline() {
        assertThat(TransitionStatus.of(WITH_PLAN, NOTHING_YET, LocalDate.of(2026, 11, 24)))
                .isEqualTo(TransitionStatus.AT_RISK);
        TransitionStatus.Progress reviewed = new TransitionStatus.Progress(LocalDate.of(2026, 11, 20), null, false);
        assertThat(TransitionStatus.of(WITH_PLAN, reviewed, LocalDate.of(2026, 12, 1)))
                .isEqualTo(TransitionStatus.DUE);
        assertThat(TransitionStatus.of(WITH_PLAN, reviewed, LocalDate.of(2027, 2, 16)))
                .as("a review without the amended plan by 15 February").isEqualTo(TransitionStatus.OVERDUE);
    }

    @Test
    void itIsCompleteWithTheAmendedPlanAndEveryItemAndMovedOnTheDay() {
        TransitionStatus.Progress amended = new TransitionStatus.Progress(LocalDate.of(2026, 11, 2),
                LocalDate.of(2027, 1, 20), true);
        assertThat(TransitionStatus.of(WITH_PLAN, amended, LocalDate.of(2027, 3, 1)))
                .isEqualTo(TransitionStatus.COMPLETE);
        assertThat(TransitionStatus.of(WITH_PLAN, new TransitionStatus.Progress(LocalDate.of(2026, 11, 2),
                LocalDate.of(2027, 1, 20), false), LocalDate.of(2027, 3, 1)))
                .as("amended in time, the checklist still open").isEqualTo(TransitionStatus.DUE);
        assertThat(TransitionStatus.of(WITH_PLAN, NOTHING_YET, MOVE)).isEqualTo(TransitionStatus.MOVED);
    }

    @Test
    void withoutAPlanThereIsNoDeadlineSoNeverAtRiskOrOverdue() {
        assertThat(TransitionStatus.of(WITHOUT_PLAN, NOTHING_YET, LocalDate.of(2027, 2, 28)))
                .isEqualTo(TransitionStatus.UPCOMING);
        assertThat(TransitionStatus.of(WITHOUT_PLAN, NOTHING_YET, LocalDate.of(2027, 3, 1)))
                .isEqualTo(TransitionStatus.DUE);
        assertThat(TransitionStatus.of(WITHOUT_PLAN, NOTHING_YET, LocalDate.of(2027, 8, 31)))
                .isEqualTo(TransitionStatus.DUE);
        assertThat(TransitionStatus.of(WITHOUT_PLAN, new TransitionStatus.Progress(null, null, true),
                LocalDate.of(2027, 8, 31))).isEqualTo(TransitionStatus.COMPLETE);
    }
}
