package uk.send.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReferralReferenceTest {

    private static final Random SEEDED = new Random(42);

    @Test
    void aReferenceIsSndThenTwoGroupsOfFourWithoutCharactersPeopleConfuse() {
        for (int i = 0; i < 10_000; i++) {
            String reference = ReferralReference.generate(SEEDED);
            assertThat(reference).matches("SND-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
            assertThat(ReferralReference.isValid(reference)).isTrue();
        }
    }

    @Test
    void anyOneCharacterMistypedOrTwoNeighboursSwappedFailTheCheck() {
        for (int n = 0; n < 500; n++) {
            String compact = ReferralReference.generate(SEEDED).replace("SND-", "").replace("-", "");
            for (int i = 0; i < compact.length(); i++) {
                for (char other : ReadableReference.ALPHABET.toCharArray()) {
                    if (other != compact.charAt(i)) {
                        String typo = compact.substring(0, i) + other + compact.substring(i + 1);
                        assertThat(ReferralReference.normalise(typo)).as(typo).isEmpty();
                    }
                }
                if (i + 1 < compact.length() && compact.charAt(i) != compact.charAt(i + 1)) {
                    String swapped = compact.substring(0, i) + compact.charAt(i + 1) + compact.charAt(i)
                            + compact.substring(i + 2);
                    assertThat(ReferralReference.normalise(swapped)).as(swapped).isEmpty();
                }
            }
        }
    }

    @Test
    void whatPeopleTypeIsReadInAnyCaseWithOrWithoutDashesSpacesAndPrefix() {
        String reference = ReferralReference.generate(SEEDED);
        String body = reference.substring(4);
        assertThat(ReferralReference.normalise(reference.toLowerCase())).contains(reference);
        assertThat(ReferralReference.normalise(body.replace("-", " "))).contains(reference);
        assertThat(ReferralReference.normalise(" " + body.replace("-", "") + " ")).contains(reference);
        assertThat(ReferralReference.normalise("SND-0000-0000")).isEmpty();
        assertThat(ReferralReference.normalise("6bfebe7b-f844-49a0-808f-613067ac027f")).isEmpty();
        assertThat(ReferralReference.normalise(null)).isEmpty();
    }

    @Test
    void referencesRarelyRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(ReferralReference.generate(SEEDED));
        }
        assertThat(seen).hasSizeGreaterThan(99_990);
    }
}
