package uk.send.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.referral.family.YoungPerson;

/** Children and Families Act 2014 s.83(2); Education Act 1996 s.8(3); the School Leaving Date Order 1997. */
class YoungPersonTest {

    @Test
    void aChildWhoTurnsSixteenInTheAutumnIsAYoungPersonAfterTheLastFridayOfTheNextJune() {
        // 16 on 10 October 2026; the school year ends in 2027, whose last Friday in June is the 25th.
        assertThat(YoungPerson.from(LocalDate.of(2010, 10, 10))).isEqualTo(LocalDate.of(2027, 6, 26));
    }

    @Test
    void aChildWhoTurnsSixteenInTheSpringLeavesAtTheEndOfThatJune() {
        // 16 on 3 March 2026; the last Friday in June 2026 is the 26th.
        assertThat(YoungPerson.from(LocalDate.of(2010, 3, 3))).isEqualTo(LocalDate.of(2026, 6, 27));
    }

    @Test
    void aChildWhoTurnsSixteenInTheSummerHolidayIsAYoungPersonBeforeTheirBirthday() {
        // s.8(3)(a): 16 on 15 August 2026, after that year's leaving date but before the next school year.
        assertThat(YoungPerson.from(LocalDate.of(2010, 8, 15))).isEqualTo(LocalDate.of(2026, 6, 27));
        // s.8(3)(b): 16 on the leaving date itself.
        assertThat(YoungPerson.from(LocalDate.of(2010, 6, 26))).isEqualTo(LocalDate.of(2026, 6, 27));
    }

    @Test
    void aYoungPersonIsUnderTwentyFive() {
        LocalDate born = LocalDate.of(2001, 1, 1);
        assertThat(YoungPerson.isYoungPerson(born, LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(YoungPerson.isYoungPerson(born, LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(YoungPerson.isYoungPerson(LocalDate.of(2010, 10, 10), LocalDate.of(2027, 6, 25))).isFalse();
        assertThat(YoungPerson.isYoungPerson(LocalDate.of(2010, 10, 10), LocalDate.of(2027, 6, 26))).isTrue();
    }
}
