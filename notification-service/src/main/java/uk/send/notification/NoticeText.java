package uk.send.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import uk.send.contracts.ClinicalService;
import uk.send.notification.template.EventWords;
import uk.send.notification.template.NoticeData;

/**
 * Writes a notice from its template in a language the platform writes in. The first line of a template is the
 * subject.
 */
@ApplicationScoped
public class NoticeText {

    /** A notice's words: the subject and body of an email or letter, and the short text message that points to it. */
    public record Written(String subject, String body, String language, String textMessage) {
    }

    private final Engine engine;

    NoticeText(Engine engine) {
        this.engine = engine;
    }

    /**
     * Writes the template for the notice and its event's words in a language offered ({@link NoticeLanguages}); each
     * template declares both types it reads.
     */
    public Written write(String template, String language, NoticeData notice, EventWords details) {
        String lang = language;
        Template chosen = engine.getTemplate("notices/" + template + "-" + lang);
        if (chosen == null) {
            throw new IllegalStateException("No template " + template + " in " + lang);
        }
        String text = chosen.data("notice", notice).data("details", details).render().strip();
        int endOfSubject = text.indexOf('\n');
        String subject = text.substring(0, endOfSubject).replaceFirst("^Subject: ", "").strip();
        String body = text.substring(endOfSubject + 1).replaceAll("\n{3,}", "\n\n").strip() + "\n";
        return new Written(subject, body, lang, textMessage(lang, subject, notice));
    }

    /**
     * The notice as a text message: its subject, one link to the family page and the reference, in the notice's
     * language, within {@link TextMessage#MOST_PARTS} parts. A subject too long for that (a long name and a long
     * service together) gives way to "there is a new message about" the child.
     */
    private String textMessage(String language, String subject, NoticeData notice) {
        Template chosen = engine.getTemplate("notices/text-message-" + language);
        String text = chosen.data("notice", notice).data("subject", subject).render().strip();
        if (TextMessage.parts(text) <= TextMessage.MOST_PARTS) {
            return text;
        }
        return chosen.data("notice", notice).data("subject", null).render().strip();
    }

    /** A service's name as a family would say it. */
    public static String serviceName(ClinicalService service) {
        return service.inPlainWords();
    }

    /** A day as people write it in a letter: 29 December 2026, in UK time. */
    public static String date(Instant at) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(at.atZone(ZoneId.of("Europe/London")));
    }

    /** A date as people write it: 15 February 2027; null stays null. */
    public static String date(LocalDate day) {
        return day == null ? null : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(day);
    }

    public static String lowerWords(Enum<?> value) {
        return value == null ? null : value.name().replace('_', ' ').toLowerCase(Locale.UK);
    }
}
