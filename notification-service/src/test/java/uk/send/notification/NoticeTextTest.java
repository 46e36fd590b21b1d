package uk.send.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.send.contracts.referral.SupportOffer;
import uk.send.notification.template.AlertWords;
import uk.send.notification.template.EhcReminderWords;
import uk.send.notification.template.EhcStepWords;
import uk.send.notification.template.EventWords;
import uk.send.notification.template.HandoverWords;
import uk.send.notification.template.InvitationWords;
import uk.send.notification.template.NoWords;
import uk.send.notification.template.NoticeData;
import uk.send.notification.template.ReprioritisedWords;
import uk.send.notification.template.ReviewDueWords;
import uk.send.notification.template.StatusWords;
import uk.send.notification.template.TransitionWords;
import uk.send.notification.template.WaitingUpdateWords;

/**
 * Every notice in every language it ships in, written for a family with a long name, a long service and a long
 * address for the family page, fits in {@value TextMessage#MOST_PARTS} text message parts with the link and the
 * reference, in the notice's own language.
 */
@QuarkusTest
class NoticeTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/notices");
    private static final NoticeData LONG = new NoticeData("FAMILY", "Oluwaseun Adebayo-Richardson",
            "Anastasia-Josephine", "CAMHS (children and young people's mental health services)", "SND-4KQ7-9TXY",
            "https://send-support.example-council.gov.uk/family");
    private static final String LONG_WORDS = "the latest the EHC plan can continue: the end of the school year in which "
            + "they turn 25";
    /** The longest words each kind of event gives, by the record its templates declare. */
    private static final Map<Class<?>, EventWords> LONGEST = Map.ofEntries(
            Map.entry(NoWords.class, new NoWords()),
            Map.entry(StatusWords.class, new StatusWords("priority", 140, 52,
                    List.of(new SupportOffer("Chatterbox drop-in", "Fortnightly at the family hub", null)),
                    "Has a hearing test been done?", "Needs are met by the school", "TRANSFERRED_TO_ADULT_SERVICES",
                    List.of("Talking Together at the family hub"))),
            Map.entry(ReprioritisedWords.class, new ReprioritisedWords("priority", "Her needs have grown", 3, 12)),
            Map.entry(WaitingUpdateWords.class, new WaitingUpdateWords(140, 52, List.of(), "29 December 2026")),
            Map.entry(InvitationWords.class, new InvitationWords("K7Q4-9TXY", "29 December 2026")),
            Map.entry(TransitionWords.class, new TransitionWords(LONG_WORDS, "31 August 2042", "15 February 2042",
                    "24 November 2041", List.of("HEALTH_ADVICE"))),
            Map.entry(HandoverWords.class, new HandoverWords("29 December 2026", "adult mental health services")),
            Map.entry(EhcStepWords.class, new EhcStepWords("EHC-4KQ7-9TXY", "29 December 2026", "9 February 2027",
                    "18 May 2027", "12 January 2027", LONG_WORDS)),
            Map.entry(EhcReminderWords.class, new EhcReminderWords("EHC-4KQ7-9TXY", "29 December 2026", LONG_WORDS)),
            Map.entry(ReviewDueWords.class, new ReviewDueWords("29 December 2026")),
            Map.entry(AlertWords.class, new AlertWords("family", "referral.status-changed", "text message",
                    "GOV.UK Notify answered 400", false, "email")));

    @Inject
    NoticeText text;

    @Test
    void everyNoticeInEveryLanguageFitsInThreeTextMessagesWithItsLinkAndReference() throws Exception {
        List<Path> templates;
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            templates = files.filter(f -> !f.getFileName().toString().startsWith("text-message-")).sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThan(20);
        for (Path file : templates) {
            String name = file.getFileName().toString().replace(".txt", "");
            String language = name.substring(name.lastIndexOf('-') + 1);
            String template = name.substring(0, name.lastIndexOf('-'));

            NoticeText.Written written = text.write(template, language, LONG, details(file));

            assertThat(written.language()).as(name).isEqualTo(language);
            assertThat(TextMessage.parts(written.textMessage())).as(name + ": " + written.textMessage())
                    .isLessThanOrEqualTo(TextMessage.MOST_PARTS);
            assertThat(written.textMessage()).as(name).contains(LONG.inboxUrl(), LONG.reference());
        }
    }

    @Test
    void aSubjectTooLongForATextGivesWayToANoteThatThereIsAMessage() {
        NoticeData longer = new NoticeData("FAMILY", "Grace", "Anastasia-Josephine-Philippa-Alexandra",
                LONG.service(), LONG.reference(), LONG.inboxUrl() + "/" + "x".repeat(260));
        NoticeText.Written written = text.write("transition-due", "en", longer, LONGEST.get(TransitionWords.class));

        assertThat(written.subject()).contains(LONG_WORDS);
        assertThat(written.textMessage()).startsWith("There is a new message about Anastasia-Josephine-Philippa")
                .doesNotContain(LONG_WORDS);
        assertThat(TextMessage.parts(written.textMessage())).isLessThanOrEqualTo(TextMessage.MOST_PARTS);
    }

    /** The longest words of the record the template declares as its details. */
    private static EventWords details(Path template) throws IOException {
        return Files.readAllLines(template).stream().filter(line -> line.contains(" details}")).findFirst()
                .map(line -> line.substring(2, line.indexOf(' ')))
                .map(type -> LONGEST.entrySet().stream().filter(e -> e.getKey().getName().equals(type))
                        .findFirst().orElseThrow(() -> new AssertionError("no sample of " + type)).getValue())
                .orElse(new NoWords());
    }
}
