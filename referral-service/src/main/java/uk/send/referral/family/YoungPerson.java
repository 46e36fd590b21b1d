package uk.send.referral.family;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * When a child becomes a young person, who may then be a contact on their own referral and make decisions about it
 * themself. The Children and Families Act 2014, s.83(2): a "young person" is a person over compulsory school age and
 * under 25. Compulsory school age ends at the end of the school leaving date, the last Friday in June (the Education
 * (School Leaving Date) Order 1997), of the school year in which they turn 16; a child who turns 16 in July or August
 * leaves on that year's date, before their birthday (Education Act 1996, s.8(3)). The SEND Code of Practice (2015),
 * paragraph 8.13, puts it as "the end of the academic year in which they turn 16".
 */
public final class YoungPerson {

    private YoungPerson() {
    }

    /** The first day on which the child with this date of birth is a young person. */
    public static LocalDate from(LocalDate dateOfBirth) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        // The school year runs from 1 September: a September to December birthday falls in the school year that
        // ends the next summer.
        int leavingYear = sixteenth.getMonthValue() >= Month.SEPTEMBER.getValue()
                ? sixteenth.getYear() + 1 : sixteenth.getYear();
        return schoolLeavingDate(leavingYear).plusDays(1);
    }

    public static boolean isYoungPerson(LocalDate dateOfBirth, LocalDate on) {
        return !on.isBefore(from(dateOfBirth)) && on.isBefore(dateOfBirth.plusYears(25));
    }

    /** The last Friday in June of the year. */
    static LocalDate schoolLeavingDate(int year) {
        return LocalDate.of(year, Month.JUNE, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }
}
