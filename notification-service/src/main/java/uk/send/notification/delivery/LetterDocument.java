package uk.send.notification.delivery;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import uk.send.notification.Notice;

/** A notice laid out as a printable letter: standard print, or large print (18 point) for those who asked. */
@ApplicationScoped
public class LetterDocument {

    private final Template letter;

    LetterDocument(@Location("letter.html") Template letter) {
        this.letter = letter;
    }

    public String render(Notice notice) {
        return letter.data("notice", notice)
                .data("date", LocalDate.now())
                .data("paragraphs", notice.body.split("\n\n"))
                .render();
    }
}
