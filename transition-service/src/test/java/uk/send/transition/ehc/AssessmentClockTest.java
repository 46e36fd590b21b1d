package uk.send.transition.ehc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.contracts.ehc.EhcLimit;

/** The assessment's limits: SEN and Disability Regulations 2014, regs. 5(1), 8(1), 10(1), 13(1) and 13(2). */
class AssessmentClockTest {

    private static final LocalDate REQUESTED = LocalDate.of(2026, 1, 12);

    @Test
    void theDecisionIsDueSixWeeksAfterTheRequest() {
        assertThat(new AssessmentClock(REQUESTED).decisionDue()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(new AssessmentClock(REQUESTED).due(EhcLimit.DECISION_TO_ASSESS)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void aNoticeOfNoPlanIsDueSixteenWeeksAndTheFinalPlanTwentyWeeksAfterTheRequest() {
        AssessmentClock clock = new AssessmentClock(REQUESTED);

        assertThat(clock.noPlanNoticeDue()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(clock.finalPlanDue()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void adviceIsDueSixWeeksAfterItsOwnRequest() {
        assertThat(AssessmentClock.adviceDue(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void theFamilysFifteenDaysBeginWithTheDayTheDraftWasSent() {
        assertThat(AssessmentClock.commentsBy(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void aRequestMadeInAugustRunsThroughTheSummerHolidayInCalendarWeeks() {
        // The holiday does not stop the clock; where it makes a limit impractical, an exception is recorded.
        AssessmentClock clock = new AssessmentClock(LocalDate.of(2026, 8, 3));

        assertThat(clock.decisionDue()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(clock.noPlanNoticeDue()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(clock.finalPlanDue()).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void weeksAreCountedAsPeopleCountThem() {
        AssessmentClock clock = new AssessmentClock(REQUESTED);

        assertThat(clock.weekOf(REQUESTED)).isEqualTo(1);
        assertThat(clock.weekOf(REQUESTED.plusDays(7))).isEqualTo(1);
        assertThat(clock.weekOf(REQUESTED.plusDays(8))).isEqualTo(2);
        assertThat(clock.weekOf(REQUESTED.plusWeeks(19))).isEqualTo(19);
        assertThat(clock.weekOf(clock.finalPlanDue())).isEqualTo(20);
        assertThat(clock.weekOf(clock.finalPlanDue().plusDays(1))).isEqualTo(21);
    }
}
