package uk.send.transition.ehc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.contracts.ehc.EhcLimit;

/** The exceptions the regulations allow: regs. 5(4), 8(2), 10(4) and 13(3). */
class ExceptionReasonTest {

    /** A summer holiday: closed from Wednesday 22 July, open again on Thursday 3 September 2026. */
    private static final SchoolClosure SUMMER = new SchoolClosure(LocalDate.of(2026, 7, 22),
            LocalDate.of(2026, 9, 3));

    @Test
    void adviceAskedOfASchoolInAugustFallsInTheSummerHolidayException() {
        assertThat(SUMMER.longEnough()).isTrue();
        assertThat(SUMMER.excusesAdviceAskedOn(LocalDate.of(2026, 8, 5))).isTrue();
    }

    @Test
    void theHolidayWindowRunsFromAWeekBeforeTheClosureToAWeekBeforeTheSchoolReopens() {
        assertThat(SUMMER.excusesAdviceAskedOn(LocalDate.of(2026, 7, 15))).isTrue();
        assertThat(SUMMER.excusesAdviceAskedOn(LocalDate.of(2026, 7, 14))).isFalse();
        assertThat(SUMMER.excusesAdviceAskedOn(LocalDate.of(2026, 8, 26))).isTrue();
        assertThat(SUMMER.excusesAdviceAskedOn(LocalDate.of(2026, 8, 27))).isFalse();
    }

    @Test
    void aClosureShorterThanFourWeeksExcusesNothing() {
        SchoolClosure halfTerm = new SchoolClosure(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2));

        assertThat(halfTerm.longEnough()).isFalse();
        assertThat(halfTerm.excusesAdviceAskedOn(LocalDate.of(2026, 10, 27))).isFalse();
    }

    @Test
    void aMissedAppointmentExcusesAdviceOnlyAndAHolidayNeverExcusesAdvice() {
        assertThat(ExceptionReason.MISSED_APPOINTMENT.excuses(EhcLimit.ADVICE)).isTrue();
        assertThat(ExceptionReason.MISSED_APPOINTMENT.excuses(EhcLimit.FINAL_PLAN)).isFalse();
        assertThat(ExceptionReason.SCHOOL_CLOSED.excuses(EhcLimit.ADVICE)).isFalse();
        assertThat(ExceptionReason.SCHOOL_CLOSED.excuses(EhcLimit.FINAL_PLAN)).isTrue();
        assertThat(ExceptionReason.PERSONAL_CIRCUMSTANCES.excuses(EhcLimit.DECISION_TO_ASSESS)).isTrue();
    }

    @Test
    void noReasonExcusesTheLimitsAfterAnAnnualReview() {
        for (ExceptionReason reason : ExceptionReason.values()) {
            assertThat(reason.excuses(EhcLimit.REVIEW_DECISION)).isFalse();
            assertThat(reason.excuses(EhcLimit.AMENDED_PLAN)).isFalse();
        }
    }
}
