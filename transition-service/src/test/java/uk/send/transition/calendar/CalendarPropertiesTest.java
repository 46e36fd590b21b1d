package uk.send.transition.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.send.contracts.TransitionType;

/** The calendar's rules over every date of birth of {@link DatesOfBirth}: leap days and 31 August / 1 September. */
class CalendarPropertiesTest {

    private static final List<LocalDate> BORN = DatesOfBirth.all();
    private static final List<SchoolStructure> AREAS = List.of(SchoolStructure.TWO_TIER,
            new SchoolStructure(true, null, null), new SchoolStructure(false, 5, 9), new SchoolStructure(false, 4, 8),
            new SchoolStructure(false, 6, 9));
    private static final Set<TransitionType> PHASE_TRANSFERS = EnumSet.of(TransitionType.STARTING_RECEPTION,
            TransitionType.JUNIOR_SCHOOL, TransitionType.MIDDLE_SCHOOL, TransitionType.SECONDARY_SCHOOL,
            TransitionType.POST_16, TransitionType.POST_16_INSTITUTION);

    @Test
    void aChildIsInEachYearGroupFromItsFirstDayToTheLastDayOfAugust() {
        for (LocalDate dateOfBirth : BORN) {
            SchoolCalendar calendar = SchoolCalendar.forChild(dateOfBirth);
            for (int yearGroup = 0; yearGroup <= 13; yearGroup++) {
                LocalDate start = calendar.startOf(yearGroup);
                String as = "born " + dateOfBirth + ", Year " + yearGroup;
                assertThat(start.getMonth()).as(as).isEqualTo(Month.SEPTEMBER);
                assertThat(start.getDayOfMonth()).as(as).isEqualTo(1);
                assertThat(calendar.yearGroupOn(start)).as(as).isEqualTo(yearGroup);
                assertThat(calendar.yearGroupOn(start.plusYears(1).minusDays(1))).as(as).isEqualTo(yearGroup);
                assertThat(calendar.yearGroupOn(start.minusDays(1))).as(as).isEqualTo(yearGroup - 1);
            }
        }
    }

    @Test
    void receptionStartsWhenTheChildIsFourOnThirtyFirstAugust() {
        for (LocalDate dateOfBirth : BORN) {
            SchoolCalendar calendar = SchoolCalendar.forChild(dateOfBirth);
            LocalDate reception = calendar.startOf(SchoolCalendar.RECEPTION);
            assertThat(calendar.ageOn(reception.minusDays(1))).as("born " + dateOfBirth).isEqualTo(4);
            assertThat(reception.getYear()).as("born " + dateOfBirth)
                    .isEqualTo(SchoolCalendar.schoolYearStarting(dateOfBirth) + 5);
        }
    }

    @Test
    void everyReminderComesBeforeTheLatestReviewDateWhichComesBeforeTheDeadlineWhichComesBeforeTheMove() {
        for (LocalDate dateOfBirth : BORN) {
            // In their cohort, a year behind it and a year ahead of it (recorded at 8).
            LocalDate recordedOn = dateOfBirth.plusYears(8);
            int cohort = SchoolCalendar.forChild(dateOfBirth).yearGroupOn(recordedOn);
            for (SchoolCalendar calendar : List.of(SchoolCalendar.forChild(dateOfBirth),
                    SchoolCalendar.outOfCohort(dateOfBirth, cohort - 1, recordedOn),
                    SchoolCalendar.outOfCohort(dateOfBirth, cohort + 1, recordedOn))) {
                for (SchoolStructure area : AREAS) {
                    List<Transition> transitions = TransitionCalendar.transitions(calendar, area,
                            calendar.startOf(13).plusMonths(4), true);
                    assertThat(transitions).isSortedAccordingTo((a, b) -> a.on().compareTo(b.on()));
                    transitions.forEach(move -> assertWorkedBack(move, "born " + dateOfBirth + ", "
                            + calendar.cohortOffset() + " out of cohort, " + area + ", " + move.type()));
                }
            }
        }
    }

    private static void assertWorkedBack(Transition move, String as) {
        assertThat(move.statutory()).as(as).isEqualTo(PHASE_TRANSFERS.contains(move.type()));
        if (!move.statutory()) {
            return;
        }
        PhaseTransferReview review = move.review();
        assertThat(review.arrangeFrom()).as(as).isBefore(review.reviewBy());
        assertThat(review.reviewBy()).as(as).isBefore(review.amendedPlanBy());
        assertThat(review.amendedPlanBy()).as(as).isBefore(move.on());
        for (PhaseTransferReview.Reminder reminder : review.reminders()) {
            assertThat(reminder.from()).as(as).isBefore(reminder.warnsAbout());
            assertThat(reminder.warnsAbout()).as(as).isBeforeOrEqualTo(review.reviewBy());
        }
        if (move.type() != TransitionType.POST_16_INSTITUTION) {
            assertThat(review.amendedPlanBy().getYear()).as(as).isEqualTo(move.on().getYear());
        }
    }

    @Test
    void withAPlanAndNothingDoneAPhaseTransferOnlyEverMovesForwardThroughItsStates() {
        List<TransitionStatus> order = List.of(TransitionStatus.UPCOMING, TransitionStatus.DUE,
                TransitionStatus.AT_RISK, TransitionStatus.OVERDUE, TransitionStatus.MOVED);
        for (LocalDate dateOfBirth : BORN.subList(0, 400)) {
            for (Transition move : TransitionCalendar.transitions(SchoolCalendar.forChild(dateOfBirth),
                    new SchoolStructure(true, null, null), null, true)) {
                if (!move.statutory()) {
                    continue;
                }
                int reached = 0;
                List<LocalDate> days = new ArrayList<>();
                for (LocalDate day = move.on().minusMonths(15); day.isBefore(move.on()); day = day.plusDays(3)) {
                    days.add(day);
                }
                days.add(move.on());
                for (LocalDate day : days) {
                    TransitionStatus state = TransitionStatus.of(move, new TransitionStatus.Progress(null, null,
                            false), day);
                    String as = "born " + dateOfBirth + ", " + move.type() + " on " + day;
                    assertThat(order.indexOf(state)).as(as).isGreaterThanOrEqualTo(reached);
                    reached = order.indexOf(state);
                    if (day.isAfter(move.review().amendedPlanBy())) {
                        assertThat(state).as(as).isIn(TransitionStatus.OVERDUE, TransitionStatus.MOVED);
                    }
                }
                assertThat(reached).isEqualTo(order.indexOf(TransitionStatus.MOVED));
            }
        }
    }

    @Test
    void aChildWithoutAPlanIsNeverAtRiskOrOverdueAndEveryoneHasMovedOnTheDay() {
        for (LocalDate dateOfBirth : BORN.subList(0, 400)) {
            for (Transition move : TransitionCalendar.transitions(SchoolCalendar.forChild(dateOfBirth),
                    new SchoolStructure(false, 5, 9), null, false)) {
                for (LocalDate day = move.on().minusYears(1); !day.isAfter(move.on()); day = day.plusWeeks(1)) {
                    TransitionStatus state = TransitionStatus.of(move, new TransitionStatus.Progress(null, null,
                            false), day);
                    assertThat(state).as("born " + dateOfBirth + ", " + move.type() + " on " + day)
                            .isNotIn(TransitionStatus.AT_RISK, TransitionStatus.OVERDUE);
                }
                assertThat(TransitionStatus.of(move, new TransitionStatus.Progress(null, null, false), move.on()))
                        .isEqualTo(TransitionStatus.MOVED);
            }
        }
    }

    @Test
    void aBirthdayIsTheAnniversaryOrTheFirstOfMarchForALeapDay() {
        for (LocalDate dateOfBirth : BORN) {
            SchoolCalendar calendar = SchoolCalendar.forChild(dateOfBirth);
            for (int age = 1; age <= 26; age++) {
                LocalDate birthday = calendar.birthday(age);
                assertThat(calendar.ageOn(birthday)).as("born " + dateOfBirth + ", " + age).isEqualTo(age);
                assertThat(calendar.ageOn(birthday.minusDays(1))).as("born " + dateOfBirth).isEqualTo(age - 1);
            }
        }
    }

    @Test
    void aPlanEndsAfterThe25thBirthdayAndBeforeThe26th() {
        for (LocalDate dateOfBirth : BORN) {
            SchoolCalendar calendar = SchoolCalendar.forChild(dateOfBirth);
            LocalDate ends = TransitionCalendar.planEnds(calendar);
            assertThat(ends).as("born " + dateOfBirth).isAfterOrEqualTo(calendar.birthday(25).minusDays(1))
                    .isBefore(calendar.birthday(26));
            assertThat(ends.getMonth()).isEqualTo(Month.JULY);
            assertThat(ends.getDayOfMonth()).isEqualTo(31);
        }
    }

    @Test
    void aChildRecordedOutOfCohortIsInTheirRecordedYearGroup() {
        for (LocalDate dateOfBirth : BORN.subList(0, 600)) {
            for (int yearsOut = -1; yearsOut <= 1; yearsOut++) {
                for (int age = 5; age <= 15; age += 5) {
                    LocalDate recordedOn = dateOfBirth.plusYears(age).plusDays(40);
                    int cohortYearGroup = SchoolCalendar.forChild(dateOfBirth).yearGroupOn(recordedOn);
                    SchoolCalendar calendar = SchoolCalendar.outOfCohort(dateOfBirth, cohortYearGroup + yearsOut,
                            recordedOn);
                    String as = "born " + dateOfBirth + ", " + yearsOut + " years out at " + age;
                    assertThat(calendar.yearGroupOn(recordedOn)).as(as).isEqualTo(cohortYearGroup + yearsOut);
                    assertThat(calendar.startOf(7)).as(as).isEqualTo(SchoolCalendar.forChild(dateOfBirth).startOf(7)
                            .plusYears(-yearsOut));
                }
            }
        }
    }
}
