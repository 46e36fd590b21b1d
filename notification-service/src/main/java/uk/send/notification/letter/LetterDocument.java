package uk.send.notification.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import uk.send.identifiers.LetterReference;
import uk.send.notification.Notice;
import uk.send.notification.NoticeText;

/**
 * A notice laid out as an A4 letter, as a tagged PDF (PDF/UA) that screen readers can follow: the address where a
 * window envelope shows it, the notice's short reference (LTR-4KQ7-9TXY) and the date, then the notice's words.
 * Large print (for those who asked) sets every line, the address and page numbers included, at 18 point or more.
 * The font, Liberation Sans, comes with PDFBox and is embedded, so the letter looks the same wherever it is printed.
 */
@ApplicationScoped
public class LetterDocument {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** The letter as printed: its reference, the PDF and how many pages it has. */
    public record Rendered(String reference, byte[] pdf, int pages) {
    }

    /** The letter could not be laid out; the attempt fails and is tried again. */
    public static class NotRendered extends Exception {
        NotRendered(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final Template letter;

    LetterDocument(@Location("letter.html") Template letter) {
        this.letter = letter;
    }

    /** The short reference printed on a notice's letters, the same each time it is printed. */
    public static String referenceOf(Notice notice) {
        return LetterReference.ofNotice(notice.id);
    }

    public Rendered render(Notice notice) throws NotRendered {
        String reference = referenceOf(notice);
        String html = letter.data("notice", notice)
                .data("reference", reference)
                .data("date", NoticeText.date(Instant.now()))
                .data("paragraphs", notice.body.strip().split("\n\n"))
                .render();
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(LetterDocument::font, "Liberation Sans");
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            byte[] bytes = pdf.toByteArray();
            return new Rendered(reference, bytes, pages(bytes));
        } catch (IOException | RuntimeException e) {
            // Never the words of the letter in the reason: its kind alone.
            throw new NotRendered("the letter could not be laid out: " + e.getClass().getSimpleName(), e);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static InputStream font() {
        InputStream font = PDDocument.class.getResourceAsStream(FONT);
        if (font == null) {
            throw new UncheckedIOException(new IOException("PDFBox's Liberation Sans is missing"));
        }
        return font;
    }
}
