package uk.send.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.qute.Engine;
import io.quarkus.runtime.StartupEvent;

/**
 * The languages notices are written in. Each language is a bundle of templates, one per kind of notice and one for
 * the text message ({@code notices/<template>-<language>.txt}); a language is offered only when its bundle is
 * complete, and the service refuses to start when one it is told to offer is not. A contact whose language is not
 * offered is written to in English, and the case work team is asked for a translated copy or an interpreter.
 */
@ApplicationScoped
public class NoticeLanguages {

    private static final Logger LOG = Logger.getLogger(NoticeLanguages.class);
    static final String ENGLISH = "en";

    private final List<String> offered;

    NoticeLanguages(NotificationConfig config, Engine engine) {
        this.offered = List.copyOf(config.languages());
        if (!offered.contains(ENGLISH)) {
            throw new IllegalStateException("notification.languages must include en: every notice falls back to it");
        }
        for (String language : offered) {
            List<String> missing = missing(language, name -> engine.getTemplate("notices/" + name) != null);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("notification.languages offers " + language
                        + ", whose notices are incomplete: no " + String.join(", ", missing));
            }
        }
        for (String language : config.languagesAwaitingCheck().orElse(List.of())) {
            if (offered.contains(language)) {
                LOG.warnf("Notices in %s are offered but have not been checked by a translation service yet",
                        nameOf(language));
            }
        }
    }

    void logOffered(@Observes StartupEvent startup) {
        LOG.infof("Notices are written in %s", String.join(", ", offered.stream().map(NoticeLanguages::nameOf)
                .toList()));
    }

    /** Whether notices are written in the language; none given is English. */
    public boolean offers(String language) {
        return language == null || offered.contains(language);
    }

    /** The language a notice to someone who reads {@code language} is written in: theirs if offered, else English. */
    public String writtenIn(String language) {
        return language != null && offered.contains(language) ? language : ENGLISH;
    }

    /**
     * The templates of a bundle: every kind of notice to a school or family, and the text message. The case work
     * team's alerts are written in English alone.
     */
    public static List<String> templates() {
        List<String> templates = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind != NoticeKind.DELIVERY_ALERT) {
                templates.add(kind.template());
            }
        }
        templates.add("text-message");
        return templates;
    }

    /** The templates a language's bundle lacks, by their file names; empty when it is complete. */
    public static List<String> missing(String language, Predicate<String> exists) {
        return templates().stream().map(template -> template + "-" + language).filter(name -> !exists.test(name))
                .toList();
    }

    /** A language's name in English, as the case work team reads it: "Polish" for pl. */
    public static String nameOf(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.UK);
        return name.isBlank() ? language : name;
    }
}
