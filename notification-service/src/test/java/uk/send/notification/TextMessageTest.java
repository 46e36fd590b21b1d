package uk.send.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Parts of a text message as networks count them (3GPP TS 23.038): GSM 03.38 text 160 alone and 153 a part, its
 * extension characters counting twice; any other character makes the whole message UCS-2, 70 alone and 67 a part.
 */
class TextMessageTest {

    @Test
    void gsmTextIs160AloneAnd153APart() {
        assertThat(TextMessage.parts("a".repeat(160))).isEqualTo(1);
        assertThat(TextMessage.parts("a".repeat(161))).isEqualTo(2);
        assertThat(TextMessage.parts("a".repeat(306))).isEqualTo(2);
        assertThat(TextMessage.parts("a".repeat(307))).isEqualTo(3);
        assertThat(TextMessage.parts("a".repeat(459))).isEqualTo(3);
        assertThat(TextMessage.parts("£ and é are in the alphabet")).isEqualTo(1);
    }

    @Test
    void extensionCharactersCountTwice() {
        assertThat(TextMessage.parts("€".repeat(80))).isEqualTo(1);
        assertThat(TextMessage.parts("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void welshCircumflexesSendTheWholeMessageAsUcs2() {
        assertThat(TextMessage.parts("tîm" + "a".repeat(67))).isEqualTo(1);
        assertThat(TextMessage.parts("tîm" + "a".repeat(68))).isEqualTo(2);
        assertThat(TextMessage.parts("ŵ".repeat(201))).isEqualTo(3);
        assertThat(TextMessage.parts("ŵ".repeat(202))).isEqualTo(4);
    }
}
