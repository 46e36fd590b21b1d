package uk.send.transition.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

    @Test
    void theOldestAndYoungestOfAYearGroupStartReceptionTogether() {
        assertThat(SchoolCalendar.forChild(LocalDate.of(2019, 9, 1)).startOf(0)).isEqualTo("2024-09-01");
        assertThat(SchoolCalendar.forChild(LocalDate.of(2020, 8, 31)).startOf(0)).isEqualTo("2024-09-01");
        assertThat(SchoolCalendar.forChild(LocalDate.of(2020, 9, 1)).startOf(0)).isEqualTo("2025-09-01");
    }

    @Test
    void aYearGroupFollowsTheAgeOnThirtyFirstAugust() {
        SchoolCalendar amara = SchoolCalendar.forChild(LocalDate.of(2018, 9, 14));

        assertThat(amara.yearGroupOn(LocalDate.of(2026, 11, 22))).isEqualTo(3);
        assertThat(amara.yearGroupOn(LocalDate.of(2027, 8, 31))).isEqualTo(3);
        assertThat(amara.yearGroupOn(LocalDate.of(2027, 9, 1))).isEqualTo(4);
        assertThat(amara.yearGroupOn(LocalDate.of(2022, 9, 1))).isEqualTo(SchoolCalendar.NURSERY);
    }

    @Test
    void aSummerBornChildKeptBackAYearKeepsTheirActualYearGroup() {
        LocalDate dateOfBirth = LocalDate.of(2020, 7, 15);
        SchoolCalendar inCohort = SchoolCalendar.forChild(dateOfBirth);
        SchoolCalendar keptBack = SchoolCalendar.outOfCohort(dateOfBirth, 0, LocalDate.of(2025, 11, 3));

        assertThat(inCohort.startOf(7)).isEqualTo("2031-09-01");
        assertThat(keptBack.cohortOffset()).isEqualTo(-1);
        assertThat(keptBack.yearGroupOn(LocalDate.of(2025, 11, 3))).isZero();
        assertThat(keptBack.startOf(7)).isEqualTo("2032-09-01");
        assertThat(keptBack.startOf(12)).isEqualTo("2037-09-01");
    }

    @Test
    void aLeapDayBirthReachesANewAgeOnTheFirstOfMarchInACommonYear() {
        SchoolCalendar leapling = SchoolCalendar.forChild(LocalDate.of(2008, 2, 29));

        assertThat(leapling.birthday(18)).isEqualTo("2026-03-01");
        assertThat(leapling.birthday(16)).isEqualTo("2024-02-29");
        assertThat(leapling.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(leapling.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(18);
    }

    @Test
    void theSchoolYearStartsOnTheFirstOfSeptember() {
        assertThat(SchoolCalendar.schoolYearStarting(LocalDate.of(2026, 8, 31))).isEqualTo(2025);
        assertThat(SchoolCalendar.schoolYearStarting(LocalDate.of(2026, 9, 1))).isEqualTo(2026);
    }
}
