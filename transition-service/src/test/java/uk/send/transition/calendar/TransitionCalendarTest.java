package uk.send.transition.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.send.contracts.TransitionType;

class TransitionCalendarTest {

    private static final SchoolCalendar BORN_10_MARCH_2016 = SchoolCalendar.forChild(LocalDate.of(2016, 3, 10));

    @Test
    void aChildWithAPlanHasAStatutoryReviewBeforeEachPhaseTransfer() {
        List<Transition> transitions = TransitionCalendar.transitions(BORN_10_MARCH_2016,
                new SchoolStructure(true, null, null), null, true);

        assertThat(transitions).extracting(Transition::type, Transition::on, Transition::reviewDeadline)
                .containsExactly(
                        tuple(TransitionType.STARTING_RECEPTION, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 2, 15)),
                        tuple(TransitionType.JUNIOR_SCHOOL, LocalDate.of(2023, 9, 1), LocalDate.of(2023, 2, 15)),
                        tuple(TransitionType.SECONDARY_SCHOOL, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 2, 15)),
                        tuple(TransitionType.POST_16, LocalDate.of(2032, 9, 1), LocalDate.of(2032, 3, 31)),
                        tuple(TransitionType.ADULT_SERVICES, LocalDate.of(2034, 3, 10), null),
                        tuple(TransitionType.POST_19, LocalDate.of(2035, 3, 10), null),
                        tuple(TransitionType.EHC_PLAN_ENDS, LocalDate.of(2041, 7, 31), null));
    }

    @Test
    void aChildWithoutAPlanHasTheSameTransitionPointsAsSupportWithNoDeadline() {
        List<Transition> transitions = TransitionCalendar.transitions(BORN_10_MARCH_2016, SchoolStructure.TWO_TIER,
                null, false);

        assertThat(transitions).extracting(Transition::type).contains(TransitionType.STARTING_RECEPTION,
                TransitionType.SECONDARY_SCHOOL, TransitionType.POST_16);
        assertThat(transitions).allSatisfy(t -> assertThat(t.statutory()).isFalse());
    }

    @Test
    void aThreeTierAreaMovesToMiddleAndThenUpperSchoolEachWithItsReview() {
        List<Transition> transitions = TransitionCalendar.transitions(BORN_10_MARCH_2016,
                new SchoolStructure(false, 5, 9), null, true);

        assertThat(transitions).extracting(Transition::type, Transition::on, Transition::reviewDeadline)
                .contains(tuple(TransitionType.MIDDLE_SCHOOL, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 2, 15)),
                        tuple(TransitionType.SECONDARY_SCHOOL, LocalDate.of(2029, 9, 1), LocalDate.of(2029, 2, 15)));
        assertThat(transitions).extracting(Transition::type).doesNotContain(TransitionType.JUNIOR_SCHOOL);
    }

    @Test
    void aPlannedMoveBetweenPost16InstitutionsIsAPhaseTransferToo() {
        List<Transition> transitions = TransitionCalendar.transitions(BORN_10_MARCH_2016, SchoolStructure.TWO_TIER,
                LocalDate.of(2034, 1, 8), true);

        assertThat(transitions).extracting(Transition::type, Transition::reviewDeadline)
                .contains(tuple(TransitionType.POST_16_INSTITUTION, LocalDate.of(2033, 8, 8)));
    }

    @Test
    void preparationForAdulthoodIsOfferedFromYearSevenAndPartOfEveryReviewFromYearNine() {
        TransitionCalendar.Adulthood adulthood = TransitionCalendar.preparingForAdulthood(BORN_10_MARCH_2016);

        assertThat(adulthood.offeredFrom()).isEqualTo("2027-09-01");
        assertThat(adulthood.inEveryReviewFrom()).isEqualTo("2029-09-01");
        assertThat(adulthood.partOfReviewOn(LocalDate.of(2029, 8, 31))).isFalse();
        assertThat(adulthood.partOfReviewOn(LocalDate.of(2033, 6, 1))).isTrue();
    }

    @Test
    void aPlanMayContinueToTheEndOfTheAcademicYearInWhichTheYoungPersonTurns25() {
        assertThat(TransitionCalendar.planEnds(SchoolCalendar.forChild(LocalDate.of(2001, 7, 31))))
                .isEqualTo("2026-07-31");
        assertThat(TransitionCalendar.planEnds(SchoolCalendar.forChild(LocalDate.of(2001, 8, 1))))
                .isEqualTo("2027-07-31");
    }

    @Test
    void annualReviewsComeEveryTwelveMonthsAndEverySixUnderFive() {
        SchoolCalendar child = SchoolCalendar.forChild(LocalDate.of(2022, 6, 1));

        assertThat(TransitionCalendar.nextAnnualReview(child, LocalDate.of(2026, 5, 1))).isEqualTo("2026-11-01");
        assertThat(TransitionCalendar.nextAnnualReview(child, LocalDate.of(2027, 6, 1))).isEqualTo("2028-06-01");
    }
}
