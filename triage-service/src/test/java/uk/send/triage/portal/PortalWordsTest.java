package uk.send.triage.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The portal says what happened in words, not in the codes it is stored as. */
class PortalWordsTest {

    @Test
    void decisionsAreSaidAsAClinicianSaysThem() {
        assertThat(PortalWords.decision("ACCEPTED")).isEqualTo("Accepted");
        assertThat(PortalWords.decision("INFORMATION_REQUESTED")).isEqualTo("Asked the school for more information");
        assertThat(PortalWords.decision("CLOSED_TREATMENT_COMPLETE")).isEqualTo("Closed: treatment complete");
    }

    @Test
    void aReasonEndsAsASentenceOnceAndARepriorisationsCategoryIsInWords() {
        assertThat(PortalWords.sentence("Has Dewi had a hearing test this year?"))
                .isEqualTo("Has Dewi had a hearing test this year?");
        assertThat(PortalWords.sentence("Seen at the clinic")).isEqualTo("Seen at the clinic.");
        assertThat(PortalWords.sentence("Seen at the clinic. ")).isEqualTo("Seen at the clinic.");
        assertThat(PortalWords.sentence("DETERIORATION: stopped speaking at school"))
                .isEqualTo("Things have got worse: stopped speaking at school.");
    }

    @Test
    void datesAreWrittenAsPeopleWriteThem() {
        assertThat(PortalWords.written(LocalDate.of(2026, 12, 1))).isEqualTo("1 December 2026");
    }
}
