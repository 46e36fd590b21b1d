package uk.send.referral.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.contracts.Channel;

/** The family page says places, channels and dates as people say them. */
class FamilyPageWordsTest {

    @Test
    void placesInTheQueueAreSaidAsOrdinals() {
        assertThat(FamilyPage.ordinal(1)).isEqualTo("1st");
        assertThat(FamilyPage.ordinal(2)).isEqualTo("2nd");
        assertThat(FamilyPage.ordinal(3)).isEqualTo("3rd");
        assertThat(FamilyPage.ordinal(11)).isEqualTo("11th");
        assertThat(FamilyPage.ordinal(12)).isEqualTo("12th");
        assertThat(FamilyPage.ordinal(22)).isEqualTo("22nd");
        assertThat(FamilyPage.ordinal(113)).isEqualTo("113th");
    }

    @Test
    void channelsAndDatesAreInPlainWords() {
        assertThat(FamilyPage.channelWords(Channel.SMS)).isEqualTo("By text message");
        assertThat(FamilyPage.written(LocalDate.of(2026, 12, 1))).isEqualTo("1 December 2026");
    }
}
