package uk.send.transition.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;

/**
 * England's school calendar for one child. A child's year group follows their age on 31 August: a child who is 4 on
 * 31 August starts Reception (year group 0) on 1 September, and Year N follows at N + 4. A child taught out of their
 * age cohort keeps the difference recorded between their actual year group and their cohort's.
 *
 * <p>Birthdays follow the law of England: someone born on 29 February reaches a new age on 1 March in a year
 * without a 29 February.
 */
public final class SchoolCalendar {

    /** Nursery, the year before Reception. */
    public static final int NURSERY = -1;
    public static final int RECEPTION = 0;

    private static final MonthDay END_OF_SCHOOL_YEAR = MonthDay.of(Month.AUGUST, 31);

    private final LocalDate dateOfBirth;
    private final int cohortOffset;

    private SchoolCalendar(LocalDate dateOfBirth, int cohortOffset) {
        this.dateOfBirth = dateOfBirth;
        this.cohortOffset = cohortOffset;
    }

    /** A child in their age cohort. */
    public static SchoolCalendar forChild(LocalDate dateOfBirth) {
        return new SchoolCalendar(dateOfBirth, 0);
    }

    /** A child recorded in {@code actualYearGroup} on {@code recordedOn}, whatever their age says. */
    public static SchoolCalendar outOfCohort(LocalDate dateOfBirth, int actualYearGroup, LocalDate recordedOn) {
        int cohortYearGroup = forChild(dateOfBirth).yearGroupOn(recordedOn);
        return new SchoolCalendar(dateOfBirth, actualYearGroup - cohortYearGroup);
    }

    public int cohortOffset() {
        return cohortOffset;
    }

    /** The age in whole years on a day. */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The day someone reaches an age: their birthday, or 1 March for a 29 February birth in a common year. */
    public LocalDate birthday(int age) {
        int year = dateOfBirth.getYear() + age;
        if (dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29 && !Year.isLeap(year)) {
            return LocalDate.of(year, Month.MARCH, 1);
        }
        return dateOfBirth.withYear(year);
    }

    /** The first year of the school year a day falls in: 2026 for any day from 1 September 2026 to 31 August 2027. */
    public static int schoolYearStarting(LocalDate day) {
        return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** The year group on a day: Reception is 0, nursery -1. */
    public int yearGroupOn(LocalDate day) {
        int schoolYear = schoolYearStarting(day);
        int ageAtStart = ageOn(END_OF_SCHOOL_YEAR.atYear(schoolYear));
        return ageAtStart - 4 + cohortOffset;
    }

    /** The day the child starts a year group: 1 September of that school year. */
    public LocalDate startOf(int yearGroup) {
        // Find the school year in which the child is in Reception, then count on.
        int receptionYear = dateOfBirth.getYear() + 4;
        while (yearGroupOn(LocalDate.of(receptionYear, Month.SEPTEMBER, 1)) > RECEPTION) {
            receptionYear--;
        }
        while (yearGroupOn(LocalDate.of(receptionYear, Month.SEPTEMBER, 1)) < RECEPTION) {
            receptionYear++;
        }
        return LocalDate.of(receptionYear + yearGroup, Month.SEPTEMBER, 1);
    }
}
