package uk.send.transition.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.send.contracts.TransitionType;

class TransitionCalendarTest {

    @Test
    void aChildsTransitionsFromReceptionToTwentyFiveWithTheirDeadlines() {
        List<Transition> transitions = TransitionCalendar.transitions(
                SchoolCalendar.forChild(LocalDate.of(2016, 3, 10)), true);

        assertThat(transitions).extracting(Transition::type, Transition::on, Transition::reviewDeadline)
                .containsExactly(
                        tuple(TransitionType.STARTING_RECEPTION, LocalDate.of(2020, 9, 1), LocalDate.of(2020, 2, 15)),
                        tuple(TransitionType.JUNIOR_SCHOOL, LocalDate.of(2023, 9, 1), LocalDate.of(2023, 2, 15)),
                        tuple(TransitionType.SECONDARY_SCHOOL, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 2, 15)),
                        tuple(TransitionType.PREPARATION_FOR_ADULTHOOD, LocalDate.of(2029, 9, 1), null),
                        tuple(TransitionType.POST_16, LocalDate.of(2032, 9, 1), LocalDate.of(2032, 3, 31)),
                        tuple(TransitionType.ADULT_SERVICES, LocalDate.of(2034, 3, 10), null),
                        tuple(TransitionType.POST_19, LocalDate.of(2035, 3, 10), null),
                        tuple(TransitionType.EHC_PLAN_ENDS, LocalDate.of(2041, 3, 10), null));
    }

    @Test
    void withoutSeparateJuniorSchoolsThereIsNoYearThreeMove() {
        assertThat(TransitionCalendar.transitions(SchoolCalendar.forChild(LocalDate.of(2016, 3, 10)), false))
                .extracting(Transition::type).doesNotContain(TransitionType.JUNIOR_SCHOOL);
    }

    @Test
    void annualReviewsComeEveryTwelveMonthsAndEverySixUnderFive() {
        SchoolCalendar child = SchoolCalendar.forChild(LocalDate.of(2022, 6, 1));

        assertThat(TransitionCalendar.nextAnnualReview(child, LocalDate.of(2026, 5, 1))).isEqualTo("2026-11-01");
        assertThat(TransitionCalendar.nextAnnualReview(child, LocalDate.of(2027, 6, 1))).isEqualTo("2028-06-01");
    }
}
