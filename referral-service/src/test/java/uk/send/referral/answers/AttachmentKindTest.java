package uk.send.referral.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Files are what their first bytes say, never what their names or claimed types say. */
class AttachmentKindTest {

    @Test
    void pdfPngAndJpegAreRecognisedByTheirFirstBytes() {
        assertThat(AttachmentKind.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).contains(AttachmentKind.PDF);
        assertThat(AttachmentKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .contains(AttachmentKind.PNG);
        assertThat(AttachmentKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(AttachmentKind.JPEG);
    }

    @Test
    void anythingElseIsRefusedWhateverItIsCalled() {
        assertThat(AttachmentKind.of("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentKind.of("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(AttachmentKind.of("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AttachmentKind.of("%PD".getBytes(StandardCharsets.US_ASCII))).as("too short to be a PDF").isEmpty();
        assertThat(AttachmentKind.of(new byte[0])).isEmpty();
    }

    @Test
    void aFileIsStoredUnderItsLastNameWithNothingThatCouldEscapeAHeaderOrAPath() {
        assertThat(SchoolAnswers.safeName("C:\\Users\\senco\\hearing report.pdf")).isEqualTo("hearing report.pdf");
        assertThat(SchoolAnswers.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SchoolAnswers.safeName("report\".pdf\r\nX-Evil: 1")).isEqualTo("report_.pdf__X-Evil_ 1");
        assertThat(SchoolAnswers.safeName("...")).isEqualTo("attachment");
        assertThat(SchoolAnswers.safeName(null)).isEqualTo("attachment");
        assertThat(SchoolAnswers.safeName("x".repeat(300) + ".pdf")).hasSize(100).endsWith(".pdf");
    }
}
