package uk.send.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A language is offered only when its bundle is complete: every notice to a school or family, and the text message.
 * The service refuses to start offering an incomplete one; these tests catch it before that, in the build.
 */
class NoticeLanguagesTest {

    private static final Path NOTICES = Path.of("src/main/resources/templates/notices");

    @Test
    void everyLanguageShippedHasEveryNotice() {
        for (String language : List.of("en", "cy")) {
            assertThat(NoticeLanguages.missing(language, name -> Files.exists(NOTICES.resolve(name + ".txt"))))
                    .as("notices missing in " + language).isEmpty();
        }
    }

    @Test
    void aMissingNoticeIsNamed() {
        assertThat(NoticeLanguages.missing("cy", name -> !name.equals("waiting-cy")))
                .containsExactly("waiting-cy");
        assertThat(NoticeLanguages.missing("pl", name -> Files.exists(NOTICES.resolve(name + ".txt"))))
                .as("a language never written").hasSize(NoticeLanguages.templates().size());
    }

    @Test
    void everyTemplateFileBelongsToAKindOfNotice() throws Exception {
        try (var files = Files.list(NOTICES)) {
            List<String> strays = files.map(file -> file.getFileName().toString())
                    .map(name -> name.replaceFirst("-[a-z]{2,3}\\.txt$", ""))
                    .filter(name -> !NoticeLanguages.templates().contains(name) && !name.equals("caseworker-alert"))
                    .toList();
            assertThat(strays).as("templates no notice uses").isEmpty();
        }
    }

    @Test
    void languagesAreNamedAsTheCaseWorkTeamSaysThem() {
        assertThat(NoticeLanguages.nameOf("cy")).isEqualTo("Welsh");
        assertThat(NoticeLanguages.nameOf("pl")).isEqualTo("Polish");
    }
}
