package uk.send.transition.ehc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.send.contracts.ehc.EhcLimit;

/** The assessment's state machine: requested, decided, assessed, drafted, issued; each step once, in order. */
class AssessmentStepsTest {

    private static final LocalDate REQUESTED = LocalDate.of(2026, 1, 12);
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    private final Assessment assessment = Assessment.requested(UUID.randomUUID(), REQUESTED,
            Assessment.Requester.SCHOOL, "senco.oakfield");

    @Test
    void aRequestGoesThroughEveryStepToTheFinalPlan() {
        assertThat(assessment.decide(true, REQUESTED.plusWeeks(5), TODAY)).isTrue();
        assertThat(assessment.state).isEqualTo(AssessmentState.ASSESSING);
        assessment.mayAskAdvice(REQUESTED.plusWeeks(6), TODAY);
        assertThat(assessment.draftSent(REQUESTED.plusWeeks(15), TODAY)).isTrue();
        assertThat(assessment.finalIssued(REQUESTED.plusWeeks(19), TODAY)).isTrue();

        assertThat(assessment.state).isEqualTo(AssessmentState.FINAL_ISSUED);
        assertThat(assessment.pendingLimits()).isEmpty();
        assertThat(assessment.clock().weekOf(assessment.finalIssuedOn)).isEqualTo(19);
    }

    @Test
    void aStepSentAgainWithTheSameDayChangesNothingAndWithAnotherDayIsRefused() {
        assessment.decide(true, REQUESTED.plusWeeks(5), TODAY);

        assertThat(assessment.decide(true, REQUESTED.plusWeeks(5), TODAY)).isFalse();
        assertThatThrownBy(() -> assessment.decide(true, REQUESTED.plusWeeks(4), TODAY))
                .isInstanceOf(EhcRefusal.NotNow.class);
        assertThatThrownBy(() -> assessment.decide(false, REQUESTED.plusWeeks(5), TODAY))
                .isInstanceOf(EhcRefusal.NotNow.class);
    }

    @Test
    void aDecisionNotToAssessEndsItWithoutTheLaterLimits() {
        assessment.decide(false, REQUESTED.plusWeeks(3), TODAY);

        assertThat(assessment.state).isEqualTo(AssessmentState.NOT_ASSESSING);
        assertThat(assessment.limits()).containsExactly(EhcLimit.DECISION_TO_ASSESS);
        assertThatThrownBy(() -> assessment.draftSent(REQUESTED.plusWeeks(4), TODAY))
                .isInstanceOf(EhcRefusal.NotNow.class).hasMessageContaining("decided not to assess");
    }

    @Test
    void aNoticeOfNoPlanEndsTheAssessmentWithinItsSixteenWeeks() {
        assessment.decide(true, REQUESTED.plusWeeks(5), TODAY);
        assessment.noPlan(REQUESTED.plusWeeks(14), TODAY);

        assertThat(assessment.limits()).containsExactly(EhcLimit.DECISION_TO_ASSESS, EhcLimit.NO_PLAN_NOTICE);
        assertThat(assessment.metOn(EhcLimit.NO_PLAN_NOTICE)).isEqualTo(REQUESTED.plusWeeks(14));
    }

    @Test
    void stepsOutOfOrderAreRefusedNamingTheirField() {
        assertThatThrownBy(() -> assessment.draftSent(REQUESTED.plusWeeks(10), TODAY))
                .isInstanceOf(EhcRefusal.NotNow.class);
        assertThatThrownBy(() -> assessment.decide(true, REQUESTED.minusDays(1), TODAY))
                .isInstanceOfSatisfying(EhcRefusal.DateOutOfOrder.class,
                        refused -> assertThat(refused.field()).isEqualTo("decidedOn"));
        assessment.decide(true, REQUESTED.plusWeeks(5), TODAY);
        assessment.draftSent(REQUESTED.plusWeeks(15), TODAY);
        assertThatThrownBy(() -> assessment.finalIssued(REQUESTED.plusWeeks(14), TODAY))
                .isInstanceOfSatisfying(EhcRefusal.DateOutOfOrder.class,
                        refused -> assertThat(refused.field()).isEqualTo("issuedOn"));
        assertThatThrownBy(() -> assessment.finalIssued(TODAY.plusDays(1), TODAY))
                .isInstanceOf(EhcRefusal.DateOutOfOrder.class).hasMessage("must not be in the future");
    }

    @Test
    void adviceIsAskedOnlyWhileAssessing() {
        assertThatThrownBy(() -> assessment.mayAskAdvice(REQUESTED.plusWeeks(1), TODAY))
                .isInstanceOf(EhcRefusal.NotNow.class);
        assessment.decide(true, REQUESTED.plusWeeks(5), TODAY);
        assertThatThrownBy(() -> assessment.mayAskAdvice(REQUESTED.plusWeeks(4), TODAY))
                .isInstanceOf(EhcRefusal.DateOutOfOrder.class);
    }

    @Test
    void adviceReturnedAfterItsSixWeeksIsLateUnlessAnExceptionIsRecorded() {
        assessment.decide(true, REQUESTED.plusWeeks(5), TODAY);
        AdviceRequest advice = AdviceRequest.of(assessment, AdviceKind.SOCIAL_CARE, null, REQUESTED.plusWeeks(6));

        assertThat(advice.late(advice.dueOn)).isFalse();
        assertThat(advice.late(advice.dueOn.plusDays(1))).isTrue();
        advice.returned(advice.dueOn.plusDays(3), null, TODAY);
        assertThat(advice.late(TODAY)).isTrue();
        advice.exceptionReason = ExceptionReason.ABSENT_FROM_AREA;
        assertThat(advice.late(TODAY)).isFalse();
    }
}
