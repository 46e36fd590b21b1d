package uk.send.transition.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The calendar's rules over many dates of birth, with leap days and 31 August / 1 September births made common. */
class CalendarPropertiesTest {

    @Provide
    Arbitrary<LocalDate> datesOfBirth() {
        Arbitrary<LocalDate> any = Arbitraries.integers().between(0, 365 * 30)
                .map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
        Arbitrary<LocalDate> edges = Arbitraries.integers().between(2000, 2029).flatMap(year -> Arbitraries.of(
                LocalDate.of(year, Month.AUGUST, 31), LocalDate.of(year, Month.SEPTEMBER, 1),
                LocalDate.of(year - year % 4, Month.FEBRUARY, 29)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(1, edges));
    }

    @Property
    void aChildIsInEachYearGroupFromItsFirstDayToTheLastDayOfAugust(@ForAll("datesOfBirth") LocalDate dateOfBirth,
            @ForAll @IntRange(min = 0, max = 13) int yearGroup) {
        SchoolCalendar calendar = SchoolCalendar.forChild(dateOfBirth);
        LocalDate start = calendar.startOf(yearGroup);

        assertThat(start.getMonth()).isEqualTo(Month.SEPTEMBER);
        assertThat(start.getDayOfMonth()).isEqualTo(1);
        assertThat(calendar.yearGroupOn(start)).isEqualTo(yearGroup);
        assertThat(calendar.yearGroupOn(start.plusYears(1).minusDays(1))).isEqualTo(yearGroup);
        assertThat(calendar.yearGroupOn(start.minusDays(1))).isEqualTo(yearGroup - 1);
    }

    @Property
    void receptionStartsWhenTheChildIsFourOnThirtyFirstAugust(@ForAll("datesOfBirth") LocalDate dateOfBirth) {
        SchoolCalendar calendar = SchoolCalendar.forChild(dateOfBirth);
        LocalDate reception = calendar.startOf(SchoolCalendar.RECEPTION);

        assertThat(calendar.ageOn(reception.minusDays(1))).isEqualTo(4);
        assertThat(calendar.ageOn(reception)).isBetween(4, 5);
        int schoolYearOfBirth = SchoolCalendar.schoolYearStarting(dateOfBirth);
        assertThat(reception.getYear()).isEqualTo(schoolYearOfBirth + 5);
    }

    @Property
    void deadlinesFallBeforeTheirTransitionInTheSameYear(@ForAll("datesOfBirth") LocalDate dateOfBirth,
            @ForAll boolean separateJuniorSchool) {
        List<Transition> transitions = TransitionCalendar.transitions(SchoolCalendar.forChild(dateOfBirth),
                separateJuniorSchool);

        for (Transition transition : transitions) {
            if (transition.reviewDeadline() != null) {
                assertThat(transition.reviewDeadline()).isBefore(transition.on());
                assertThat(transition.reviewDeadline().getYear()).isEqualTo(transition.on().getYear());
            }
        }
        assertThat(transitions).isSortedAccordingTo((a, b) -> a.on().compareTo(b.on()));
    }

    @Property
    void aBirthdayIsTheAnniversaryOrTheFirstOfMarchForALeapDay(@ForAll("datesOfBirth") LocalDate dateOfBirth,
            @ForAll @IntRange(min = 1, max = 25) int age) {
        SchoolCalendar calendar = SchoolCalendar.forChild(dateOfBirth);
        LocalDate birthday = calendar.birthday(age);

        assertThat(calendar.ageOn(birthday)).isEqualTo(age);
        assertThat(calendar.ageOn(birthday.minusDays(1))).isEqualTo(age - 1);
    }

    @Property
    void aChildRecordedOutOfCohortIsInTheirRecordedYearGroup(@ForAll("datesOfBirth") LocalDate dateOfBirth,
            @ForAll @IntRange(min = -1, max = 1) int yearsOutOfCohort, @ForAll @IntRange(min = 5, max = 15) int age) {
        LocalDate recordedOn = dateOfBirth.plusYears(age).plusDays(40);
        int cohortYearGroup = SchoolCalendar.forChild(dateOfBirth).yearGroupOn(recordedOn);
        SchoolCalendar calendar = SchoolCalendar.outOfCohort(dateOfBirth, cohortYearGroup + yearsOutOfCohort,
                recordedOn);

        assertThat(calendar.yearGroupOn(recordedOn)).isEqualTo(cohortYearGroup + yearsOutOfCohort);
        assertThat(calendar.startOf(7)).isEqualTo(SchoolCalendar.forChild(dateOfBirth).startOf(7)
                .plusYears(-yearsOutOfCohort));
    }
}
