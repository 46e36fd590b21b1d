package uk.send.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UniquePupilNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "B801200005001", // python-stdnum's published example
            "P207000016049", // a census error example with its check letter corrected
            "F801200100001",
            "M80120000500A"}) // a temporary UPN: the final letter counts as its place in the check alphabet
    void acceptsUpnsWithTheRightCheckLetter(String upn) {
        assertThat(UniquePupilNumber.isValid(upn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "B207000016049", // the census error example before correction
            "A801200005001",
            "B80120000500", // twelve characters
            "B8012000050011", // fourteen
            "B80120000A001", // letters belong only at the ends
            "I801200005001", // I, O and S are never check letters
            "b801200005001",
            "M80120000500I",
            ""})
    void refusesEverythingElse(String upn) {
        assertThat(UniquePupilNumber.isValid(upn)).isFalse();
    }
}
