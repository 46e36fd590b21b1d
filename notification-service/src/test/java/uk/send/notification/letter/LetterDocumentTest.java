package uk.send.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.send.contracts.Channel;
import uk.send.contracts.RecipientType;
import uk.send.notification.Notice;

/** Letters read back from their PDFs, as a printer and a screen reader would read them. */
@QuarkusTest
class LetterDocumentTest {

    private static final float MM = 72 / 25.4f;

    @Inject
    LetterDocument documents;

    @Test
    void aLetterShowsTheAddressInTheEnvelopeWindowThenItsReferenceAndTheNoticeWords() throws Exception {
        Notice notice = notice(false, "en");
        LetterDocument.Rendered letter = documents.render(notice);

        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                    Offset.offset(1f));
            // The window of a DL envelope and GOV.UK Notify's address block: 24.6 mm in, 39.5 mm down, 95 x 26.8 mm.
            PDFTextStripperByArea window = new PDFTextStripperByArea();
            window.addRegion("address", new Rectangle2D.Float(24 * MM, 39 * MM, 96 * MM, 27.5f * MM));
            window.extractRegions(pdf.getPage(0));
            assertThat(window.getTextForRegion("address"))
                    .contains("Grace Jones").contains("1 Oak Lane").contains("Oakfield").contains("OK1 2AB")
                    .doesNotContain("Reference");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Reference: " + letter.reference())
                    .contains("Amara's referral has closed")
                    .contains("The family moved away.")
                    .contains("Page 1 of " + letter.pages());
            assertThat(letter.reference()).matches("LTR-[2-9A-Z]{4}-[2-9A-Z]{4}")
                    .isEqualTo(LetterDocument.referenceOf(notice));
            // Tagged for screen readers (PDF/UA), with the language and title a reader announces.
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(notice.subject);
        }
    }

    @Test
    void largePrintSetsEveryLineAtSixteenPointOrMore() throws Exception {
        LetterDocument.Rendered large = documents.render(notice(true, "en"));
        LetterDocument.Rendered standard = documents.render(notice(false, "en"));

        picture(large.pdf(), "letter-large-print.png");
        picture(standard.pdf(), "letter.png");
        assertThat(smallestText(large.pdf())).isGreaterThanOrEqualTo(16f);
        assertThat(smallestText(standard.pdf())).as("the standard letter, for comparison").isLessThan(16f);
        assertThat(large.pages()).isGreaterThan(standard.pages());
    }

    @Test
    void aWelshLetterIsHeadedInWelsh() throws Exception {
        LetterDocument.Rendered letter = documents.render(notice(false, "cy"));
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Cyfeirnod: " + letter.reference())
                    .contains("Tudalen 1 o ");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("cy");
        }
    }

    /** The letter's first page as a picture, under target/letters, to look at as a person would. */
    private static void picture(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 60);
            Path pictures = Files.createDirectories(Path.of("target", "letters"));
            ImageIO.write(page, "png", pictures.resolve(name).toFile());
        }
    }

    /** The smallest size any character is printed at, in points, on every page. */
    private static float smallestText(byte[] pdf) throws IOException {
        List<Float> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper sizesOf = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.stream().filter(p -> !p.getUnicode().isBlank())
                            .forEach(p -> sizes.add(p.getFontSizeInPt()));
                }
            };
            sizesOf.writeText(document, new StringWriter());
        }
        assertThat(sizes).as("the letter has text").isNotEmpty();
        return sizes.stream().min(Float::compare).orElseThrow();
    }

    private static Notice notice(boolean largePrint, String language) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.recipientType = RecipientType.FAMILY;
        notice.recipientName = "Grace Jones";
        notice.addressLine1 = "1 Oak Lane";
        notice.addressLine2 = "Oakfield";
        notice.postcode = "OK1 2AB";
        notice.channel = Channel.LETTER;
        notice.language = language;
        notice.largePrint = largePrint;
        notice.subject = "Amara's referral has closed";
        StringBuilder body = new StringBuilder("Dear Grace Jones,\n\nThe family moved away.\n\n");
        for (int i = 0; i < 12; i++) {
            body.append("If anything changes, talk to Amara's school: they can refer Amara again. You can see ")
                    .append("everything we have sent you at https://send.example.org/family.\n\n");
        }
        notice.body = body.toString();
        notice.createdAt = Instant.now();
        return notice;
    }
}
