package uk.send.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The school details both referral and transition planning check, checked the same way in each. */
class SchoolDetailsTest {

    @Test
    void aUrnIsSixDigits() {
        assertThat(SchoolUrn.isValid("100001")).isTrue();
        assertThat(SchoolUrn.isValid("10001")).isFalse();
        assertThat(SchoolUrn.isValid("1000011")).isFalse();
        assertThat(SchoolUrn.isValid("10000A")).isFalse();
        assertThat(SchoolUrn.isValid(null)).isFalse();
    }

    @Test
    void yearGroupsRunFromNurseryToYearFourteen() {
        assertThat(YearGroup.isValid(YearGroup.NURSERY)).isTrue();
        assertThat(YearGroup.isValid(YearGroup.RECEPTION)).isTrue();
        assertThat(YearGroup.isValid(14)).isTrue();
        assertThat(YearGroup.isValid(-2)).isFalse();
        assertThat(YearGroup.isValid(15)).isFalse();
    }

    @Test
    void todayIsEnglandsDayAndTomorrowHasNotCome() {
        NotAfterToday.Validator validator = new NotAfterToday.Validator();
        assertThat(validator.isValid(England.today(), null)).isTrue();
        assertThat(validator.isValid(England.today().plusDays(1), null)).isFalse();
        assertThat(validator.isValid(null, null)).isTrue();
    }
}
