package uk.send.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReadableReferenceTest {

    private static final ReadableReference LETTERS = ReadableReference.withPrefix("LTR");

    @Test
    void aThingsReferenceIsWorkedOutFromItsIdTheSameEachTimeAndPassesTheCheck() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = UUID.randomUUID();
            String reference = LETTERS.of(id);
            assertThat(reference).matches("LTR-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}")
                    .isEqualTo(LETTERS.of(UUID.fromString(id.toString())));
            assertThat(LETTERS.isValid(reference)).isTrue();
            seen.add(reference);
        }
        assertThat(seen).as("spread over the alphabet, not bunched").hasSizeGreaterThan(9_990);
    }

    @Test
    void aLettersReferenceIsItsNoticesAndIsReadBackHoweverItIsTyped() {
        UUID notice = UUID.randomUUID();
        String reference = LetterReference.ofNotice(notice);
        assertThat(reference).startsWith("LTR-").isEqualTo(LetterReference.ofNotice(notice));
        assertThat(LetterReference.normalise(reference.toLowerCase().replace("-", " "))).contains(reference);
        assertThat(LetterReference.normalise("<b>x</b>")).isEmpty();
    }
}
