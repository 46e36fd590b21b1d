package uk.send.transition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.send.contracts.TransitionType;
import uk.send.transition.calendar.Transition;

/**
 * What a transition's plan still lacks. The statutory items follow the SEND Code of Practice (2015): a phase transfer
 * of a child with an EHC plan is reviewed and the plan amended beforehand (9.179); health and, where social care is
 * involved, social care advice travel with the child (9.69 to 9.71, 9.218); preparation for adulthood is part of every
 * review from Year 9 (8.9); the receiving setting is named (9.79) and the child's and family's views recorded (9.21).
 */
class TransitionPlanTest {

    /** Born in the 2015-16 school year: Year 7 (secondary) from September 2027, Year 12 from September 2032. */
    private static Child child(boolean ehcPlan, boolean socialCare) {
        Child child = new Child();
        child.id = UUID.randomUUID();
        child.givenName = "Ada";
        child.familyName = "Okafor";
        child.dateOfBirth = LocalDate.of(2016, 3, 10);
        child.setting = Setting.MAINSTREAM;
        child.ehcPlan = ehcPlan;
        child.socialCareInvolved = socialCare;
        return child;
    }

    private static Transition move(Child child, TransitionType type) {
        return child.transitions().stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    @Test
    void anEmptyPlanForAChildWithAnEhcPlanAndSocialCareLacksEveryItemThatApplies() {
        Child child = child(true, true);
        Transition secondary = move(child, TransitionType.SECONDARY_SCHOOL);

        assertThat(TransitionPlan.empty(child.id, secondary.type()).missingFor(child, secondary)).containsExactly(
                "EHC_PLAN_REVIEWED", "HEALTH_ADVICE", "SOCIAL_CARE_ADVICE", "RECEIVING_SETTING_NAMED",
                "CHILD_AND_FAMILY_VIEWS");
    }

    @Test
    void withoutAnEhcPlanOrSocialCareNeitherTheirReviewNorTheirAdviceIsAsked() {
        Child child = child(false, false);
        Transition secondary = move(child, TransitionType.SECONDARY_SCHOOL);

        assertThat(TransitionPlan.empty(child.id, secondary.type()).missingFor(child, secondary))
                .containsExactly("HEALTH_ADVICE", "RECEIVING_SETTING_NAMED", "CHILD_AND_FAMILY_VIEWS");
    }

    @Test
    void aMoveAfterYearNineAsksForPreparationForAdulthoodOutcomes() {
        Child child = child(true, false);
        Transition post16 = move(child, TransitionType.POST_16);

        assertThat(TransitionPlan.empty(child.id, post16.type()).missingFor(child, post16))
                .contains("PREPARATION_FOR_ADULTHOOD_OUTCOMES");
        assertThat(TransitionPlan.empty(child.id, TransitionType.SECONDARY_SCHOOL)
                .missingFor(child, move(child, TransitionType.SECONDARY_SCHOOL)))
                .doesNotContain("PREPARATION_FOR_ADULTHOOD_OUTCOMES");
    }

    @Test
    void aPlanIsCompleteFromTheDayItsLastItemIsInPlaceAndForgetsItWhenOneGoesMissing() {
        Child child = child(true, true);
        Transition secondary = move(child, TransitionType.SECONDARY_SCHOOL);
        TransitionPlan plan = TransitionPlan.empty(child.id, secondary.type());
        plan.amendedPlanIssuedOn = LocalDate.of(2027, 2, 10);
        plan.healthAdvice = true;
        plan.socialCareAdvice = true;
        plan.receivingSetting = "Riverside Academy";
        plan.viewsRecorded = true;

        plan.recordCompleteness(child, secondary, LocalDate.of(2027, 2, 12));
        assertThat(plan.missingFor(child, secondary)).isEmpty();
        assertThat(plan.completedOn).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(plan.completeBy(secondary.on())).isTrue();

        plan.receivingSetting = " ";
        plan.recordCompleteness(child, secondary, LocalDate.of(2027, 3, 1));
        assertThat(plan.missingFor(child, secondary)).containsExactly("RECEIVING_SETTING_NAMED");
        assertThat(plan.completedOn).isNull();
        assertThat(plan.completeBy(secondary.on())).isFalse();
    }
}
