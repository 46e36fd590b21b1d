package uk.send.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.send.contracts.Channel;

/** The channel a notice goes by first, and the one it falls back to when a channel fails for good. */
class ChannelChoiceTest {

    private static Notice to(String email, String mobile, String addressLine1, String postcode) {
        Notice notice = new Notice();
        notice.email = email;
        notice.mobile = mobile;
        notice.addressLine1 = addressLine1;
        notice.postcode = postcode;
        return notice;
    }

    @Test
    void thePreferredChannelWhenItReachesThePersonElseEmailThenTextThenLetter() {
        Notice everything = to("grace@example.org", "07700 900123", "1 High Street", "AB1 2CD");
        assertThat(ChannelChoice.first(everything, Channel.LETTER)).isEqualTo(Channel.LETTER);
        assertThat(ChannelChoice.first(everything, null)).isEqualTo(Channel.EMAIL);

        Notice noMobile = to("grace@example.org", null, "1 High Street", "AB1 2CD");
        assertThat(ChannelChoice.first(noMobile, Channel.SMS)).as("asked for texts, gave no number")
                .isEqualTo(Channel.EMAIL);
        assertThat(ChannelChoice.first(to(null, " ", "1 High Street", "AB1 2CD"), Channel.SMS))
                .isEqualTo(Channel.LETTER);
        assertThat(ChannelChoice.first(to(null, null, "1 High Street", null), Channel.LETTER))
                .as("a letter needs a postcode").isNull();
        assertThat(ChannelChoice.first(to(null, null, null, null), Channel.EMAIL)).isNull();
    }

    @Test
    void aFailedChannelFallsBackToTheNextThatReachesThePersonAndNotOneTriedBefore() {
        Notice notice = to("grace@example.org", "07700 900123", "1 High Street", "AB1 2CD");
        notice.channel = Channel.SMS;
        assertThat(ChannelChoice.next(notice, List.of(Channel.SMS))).isEqualTo(Channel.EMAIL);

        notice.channel = Channel.EMAIL;
        assertThat(ChannelChoice.next(notice, List.of(Channel.SMS, Channel.EMAIL))).isEqualTo(Channel.LETTER);

        notice.channel = Channel.LETTER;
        assertThat(ChannelChoice.next(notice, List.of(Channel.SMS, Channel.EMAIL, Channel.LETTER)))
                .as("every channel tried").isNull();

        Notice emailOnly = to("grace@example.org", null, null, null);
        emailOnly.channel = Channel.EMAIL;
        assertThat(ChannelChoice.next(emailOnly, List.of(Channel.EMAIL))).isNull();
    }
}
