package uk.send.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAudienceTest {

    @Test
    void aSafeguardingReasonIsInternalAndReachesNeitherTheFamilyNorTheSchool() {
        TextAudience audience = TextAudience.ofReprioritisation(ReprioritisationReason.SAFEGUARDING);

        assertThat(audience).isEqualTo(TextAudience.INTERNAL);
        assertThat(audience.reaches(RecipientType.FAMILY)).isFalse();
        assertThat(audience.reaches(RecipientType.SCHOOL)).isFalse();
        assertThat(audience.reaches(RecipientType.CASEWORKER)).isTrue();
    }

    @Test
    void aDeteriorationIsExplainedToTheFamilyAndTheSchool() {
        TextAudience audience = TextAudience.ofReprioritisation(ReprioritisationReason.DETERIORATION);

        assertThat(audience).isEqualTo(TextAudience.FAMILY);
        assertThat(audience.reaches(RecipientType.FAMILY)).isTrue();
        assertThat(audience.reaches(RecipientType.SCHOOL)).isTrue();
    }

    @Test
    void textForTheSchoolNeverReachesTheFamily() {
        assertThat(TextAudience.SCHOOL.reaches(RecipientType.FAMILY)).isFalse();
        assertThat(TextAudience.SCHOOL.reaches(RecipientType.SCHOOL)).isTrue();
        assertThat(TextAudience.SCHOOL.reaches(RecipientType.CASEWORKER)).isTrue();
    }
}
