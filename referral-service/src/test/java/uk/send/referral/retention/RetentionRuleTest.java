package uk.send.referral.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/**
 * NHS Records Management Code of Practice 2023, Appendix II: children's records until the 25th birthday, or the 26th
 * if the young person was 17 at the conclusion of treatment; records of adults' care 8 years after it concluded.
 */
class RetentionRuleTest {

    private static final RetentionRule CODE_OF_PRACTICE = new RetentionRule(25, 26, Period.ofYears(8));
    private static final LocalDate BORN = LocalDate.of(2010, 3, 14);

    @Test
    void aChildsRecordsAreKeptUntilTheir25thBirthdayWhenCareEndedBefore17() {
        assertThat(CODE_OF_PRACTICE.keptUntil(BORN, LocalDate.of(2016, 7, 1))).isEqualTo(LocalDate.of(2035, 3, 14));
        // The day before they turn 17 is still 16.
        assertThat(CODE_OF_PRACTICE.keptUntil(BORN, LocalDate.of(2027, 3, 13))).isEqualTo(LocalDate.of(2035, 3, 14));
    }

    @Test
    void aYoungPersonWhoWas17WhenCareEndedKeepsTheirRecordsUntilTheir26thBirthday() {
        assertThat(CODE_OF_PRACTICE.keptUntil(BORN, LocalDate.of(2027, 3, 14))).isEqualTo(LocalDate.of(2036, 3, 14));
        assertThat(CODE_OF_PRACTICE.keptUntil(BORN, LocalDate.of(2028, 3, 13))).isEqualTo(LocalDate.of(2036, 3, 14));
    }

    @Test
    void careThatEndedAt18OrOverIsKeptEightYearsFromTheDayItEnded() {
        assertThat(CODE_OF_PRACTICE.keptUntil(BORN, LocalDate.of(2028, 3, 14))).isEqualTo(LocalDate.of(2036, 3, 14));
        assertThat(CODE_OF_PRACTICE.keptUntil(BORN, LocalDate.of(2034, 11, 2))).isEqualTo(LocalDate.of(2042, 11, 2));
    }

    @Test
    void theRecordsGoTheDayAfterTheirLastDayNotOnIt() {
        LocalDate ended = LocalDate.of(2016, 7, 1);
        assertThat(CODE_OF_PRACTICE.hasPassed(BORN, ended, LocalDate.of(2035, 3, 13))).isFalse();
        assertThat(CODE_OF_PRACTICE.hasPassed(BORN, ended, LocalDate.of(2035, 3, 14))).isFalse();
        assertThat(CODE_OF_PRACTICE.hasPassed(BORN, ended, LocalDate.of(2035, 3, 15))).isTrue();
    }

    @Test
    void aChildBornOn29FebruaryIsKeptUntil28FebruaryInAYearWithoutOne() {
        LocalDate leapling = LocalDate.of(2012, 2, 29);
        assertThat(CODE_OF_PRACTICE.keptUntil(leapling, LocalDate.of(2020, 1, 1))).isEqualTo(LocalDate.of(2037, 2, 28));
    }

    @Test
    void aPartnershipThatKeepsRecordsLongerSaysSoInConfiguration() {
        RetentionRule longer = new RetentionRule(31, 31, Period.ofYears(10));
        assertThat(longer.keptUntil(BORN, LocalDate.of(2016, 7, 1))).isEqualTo(LocalDate.of(2041, 3, 14));
        assertThat(longer.keptUntil(BORN, LocalDate.of(2030, 1, 1))).isEqualTo(LocalDate.of(2040, 1, 1));
    }

    @Test
    void theDatabasesSieveMissesNoRecordThatHasPassedItsPeriod() {
        LocalDate today = LocalDate.of(2040, 6, 1);
        for (LocalDate born = LocalDate.of(2005, 1, 1); born.isBefore(LocalDate.of(2016, 1, 1));
                born = born.plusDays(37)) {
            for (LocalDate ended = born.plusYears(1); ended.isBefore(born.plusYears(26)); ended = ended.plusDays(53)) {
                if (CODE_OF_PRACTICE.hasPassed(born, ended, today)) {
                    assertThat(!born.isAfter(CODE_OF_PRACTICE.bornOnOrBefore(today))
                            || !ended.isAfter(CODE_OF_PRACTICE.careEndedOnOrBefore(today)))
                            .as("born %s, care ended %s", born, ended).isTrue();
                }
            }
        }
    }
}
